document.getElementById('greet').addEventListener('click', async () => {
  const name = document.getElementById('name').value;
  document.getElementById('answer').textContent = await window.__TAURI__.core.invoke('greet', { name });
});
