// Set before Leaflet loads (imported first by main.tsx). Leaflet gives every marker and label its own 3D
// transform, hence its own compositing layer; with a hundred labels that made every frame of a drag
// commit a hundred layers. Plain 2D positioning draws the same.
(window as unknown as { L_DISABLE_3D: boolean }).L_DISABLE_3D = true;
