// The floor of an interaction: a near-empty page with the controls the benchmark presses on the app (a system's
// checkbox, the unit, the place search, a launch point's name), each showing its result in the input's own task
// with nothing else to do, so its input → first frame showing the result is the least any page shows on this
// machine: the wait for the next frame, and that frame's own work.
import { markRingsDrawn } from '../../../src/map/markRingsDrawn';

const element = <T extends Element>(selector: string) => document.querySelector(selector) as T;
const map = element<HTMLElement>('.map');
const ring = element<HTMLElement>('.ring');
const ringLabel = element<HTMLElement>('.ring-label');
const search = element<HTMLInputElement>('[role="combobox"]');
const places = element<HTMLElement>('[role="listbox"]');
const siteName = element<HTMLInputElement>('.site-name');
const siteLabel = element<HTMLElement>('.site-label');

// a system ticked or unticked: its ring shown or hidden, drawn as the app's are (a 'rings-drawn' mark)
element<HTMLInputElement>('input[type="checkbox"]').addEventListener('change', (e) => {
  ring.hidden = !(e.target as HTMLInputElement).checked;
  markRingsDrawn();
});
for (const radio of document.querySelectorAll<HTMLInputElement>('.units input'))
  radio.addEventListener('change', () => {
    ringLabel.textContent = radio.value === 'mi' ? '286 mi' : '460 km';
  });
// typed coordinates offer one place; Enter puts a launch point there
search.addEventListener('input', () => {
  places.replaceChildren();
  if (search.value.trim()) {
    const option = document.createElement('div');
    option.setAttribute('role', 'option');
    option.textContent = search.value;
    places.append(option);
  }
  search.setAttribute('aria-expanded', String(places.childElementCount > 0));
});
search.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || !search.value.trim()) return;
  const marker = document.createElement('div');
  marker.className = 'launch-marker';
  const n = map.querySelectorAll('.launch-marker').length;
  marker.style.left = `${100 + 20 * n}px`;
  marker.style.top = `${100 + 15 * n}px`;
  map.append(marker);
  search.value = '';
  places.replaceChildren();
  search.setAttribute('aria-expanded', 'false');
});
// a launch point's name: the field shows each key; Enter puts the name on the map
siteName.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') siteLabel.textContent = siteName.value;
});
markRingsDrawn();
