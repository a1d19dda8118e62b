import { mount } from 'svelte';
import App from './App.svelte';
import { api } from './lib/api';
import { words } from './lib/i18n.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

// The first screen's words load before it shows.
await words.start(api.catalogue);

export default mount(App, { target });

// When the person first sees content, for the log (the start-up benchmark reads it).
new PerformanceObserver((paints, observer) => {
  if (paints.getEntriesByName('first-contentful-paint').length === 0) return;
  observer.disconnect();
  void api.shown('content').catch(() => {});
}).observe({ type: 'paint', buffered: true });
