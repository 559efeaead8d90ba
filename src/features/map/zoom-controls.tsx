export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;

export interface ZoomControlsProps {
  zoom: number;
  /** Absent while the map loads: the same buttons, inert, so the page keeps its layout. */
  actions?: { zoomBy: (factor: number) => void; reset: () => void };
}

/** The map's + / − / Reset buttons. */
export function ZoomControls({ zoom, actions }: ZoomControlsProps) {
  return (
    <div className="zoom-controls" role="group" aria-label="Map zoom" inert={!actions}>
      <button
        type="button"
        onClick={() => actions?.zoomBy(1.5)}
        aria-label="Zoom in"
        disabled={zoom >= MAX_ZOOM}
      >
        +
      </button>
      <button
        type="button"
        onClick={() => actions?.zoomBy(1 / 1.5)}
        aria-label="Zoom out"
        disabled={zoom <= MIN_ZOOM}
      >
        −
      </button>
      <button type="button" onClick={() => actions?.reset()}>
        Reset
      </button>
    </div>
  );
}
