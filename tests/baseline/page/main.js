document.getElementById('greet').addEventListener('click', async () => {
  const name = document.getElementById('name').value;
  document.getElementById('answer').textContent = await window.__TAURI__.core.invoke('greet', { name });
});

// When the first content is on screen, as AgentPhone reports it.
new PerformanceObserver((paints, observer) => {
  if (paints.getEntriesByName('first-contentful-paint').length === 0) return;
  observer.disconnect();
  window.__TAURI__.core.invoke('shown');
}).observe({ type: 'paint', buffered: true });
