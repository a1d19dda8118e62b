import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { afterEach } from 'vitest';

afterEach(async () => {
  cleanup();
  // Components stop listening to events after unmounting; let that finish while IPC is still mocked.
  await new Promise((resolve) => setTimeout(resolve, 0));
  clearMocks();
});
