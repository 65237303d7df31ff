// Starts the app. Trunk puts this script's tag in index.html with the
// hashed names of the app's JavaScript and WebAssembly files; it is a file
// rather than an inline script so that the app runs under a Content
// Security Policy without 'unsafe-inline'.
//
// `?curriculum=<id>` opens that curriculum (LMS packages launch the app so).
// `?lms=scorm12` or `?lms=cmi5` first connects to the learning platform
// (lms.js) and restores the learner's progress from it.
const params = new URLSearchParams(location.search);
const curriculum = params.get('curriculum');
if (curriculum && /^[a-z0-9-]{1,64}$/.test(curriculum) && (location.hash === '' || location.hash === '#/')) {
  location.hash = `#/c/${curriculum}`;
}
if (params.has('lms')) {
  try {
    const lms = await import('./lms.js');
    await lms.start(params, curriculum);
  } catch (e) {
    console.error('CCA Migration Lab: the learning platform could not be reached; progress stays in this browser.', e);
  }
}
const tag = document.querySelector('script[data-js][data-wasm]');
const base = document.baseURI;
const { default: init } = await import(new URL(tag.dataset.js, base).href);
await init({ module_or_path: new URL(tag.dataset.wasm, base) });
