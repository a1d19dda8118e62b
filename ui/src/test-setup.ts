import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach, beforeAll } from 'vitest';
import { words } from './lib/i18n.svelte';

// Components read their words from the English catalogue, as the app's first screen does.
const files = import.meta.glob<string>('../messages/*.ftl', { query: '?raw', import: 'default' });
beforeAll(() => words.start((tag) => files[`../messages/${tag}.ftl`]()));

afterEach(async () => {
  cleanup();
  // Components stop listening to events after unmounting; let that finish while IPC is still mocked.
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
});
