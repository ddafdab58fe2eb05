// The host side of the embed example: as each step scrolls into view it patches the embedded map; the map's
// messages size its iframe and are listed in #log. Plain script, no inline code: the page runs under a strict CSP.
const frame = document.getElementById('map');
const log = document.getElementById('log');
const steps = Array.from(document.querySelectorAll('.step[data-patch]'));
// Messages go to the map's origin only, and only messages from that iframe and origin are read.
const mapOrigin = new URL(frame.src, window.location.href).origin;
const LOG_LENGTH = 50;
const MAX_HEIGHT_PX = 4000;

let mapReady = false;
let activeStep = null;

function addLog(type, text) {
  const item = document.createElement('li');
  item.dataset.type = type;
  item.textContent = `${type}: ${text}`;
  log.append(item);
  while (log.children.length > LOG_LENGTH) log.firstElementChild.remove();
}

function describeScenario(scenario) {
  const sites = scenario.sites.map((site) => site.label).join(', ') || 'no launch point';
  const systems = scenario.systemIds.join(', ') || 'no system';
  return `${systems} from ${sites} (${scenario.units})`;
}

function patchOf(step) {
  try {
    return JSON.parse(step.dataset.patch);
  } catch {
    addLog('error', `step ${step.dataset.step} has a patch that is not JSON`);
    return null;
  }
}

function postStep(step) {
  const patch = patchOf(step);
  if (patch && frame.contentWindow) {
    frame.contentWindow.postMessage({ type: 'range-rings:patch', patch }, mapOrigin);
  }
}

function activate(step) {
  if (step === activeStep) return;
  activeStep = step;
  for (const other of steps) other.classList.toggle('active', other === step);
  // Before `ready` the map is not listening yet: the step is posted when it is.
  if (mapReady) postStep(step);
}

window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== mapOrigin) return;
  const data = event.data;
  if (typeof data === 'string') {
    // pym.js's format, for hosts that already use pym.js: the plain height message below is enough here.
    if (data.startsWith('pymxPYMx')) addLog('pym', data.split('xPYMx').slice(2).join(' '));
    return;
  }
  if (!data || typeof data.type !== 'string') return;
  switch (data.type) {
    case 'range-rings:ready':
      mapReady = true;
      addLog('ready', describeScenario(data.scenario));
      if (activeStep) postStep(activeStep);
      break;
    case 'range-rings:change': {
      const problems = data.problems.length
        ? `; ignored: ${data.problems.map((p) => p.message).join('; ')}`
        : '';
      addLog('change', `${describeScenario(data.scenario)}${problems}`);
      break;
    }
    case 'range-rings:height':
      if (typeof data.height === 'number' && data.height > 0) {
        frame.style.height = `${Math.min(Math.ceil(data.height), MAX_HEIGHT_PX)}px`;
        addLog('height', `${data.height}px`);
      }
      break;
    default:
      addLog('other', data.type);
  }
});

// A step is active while it crosses the middle of the window.
const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) if (entry.isIntersecting) activate(entry.target);
  },
  { rootMargin: '-45% 0px -45% 0px' },
);
for (const step of steps) observer.observe(step);
