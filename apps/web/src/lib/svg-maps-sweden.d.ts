// @svg-maps/sweden ships no types; this is the shape of its one default export.
declare module '@svg-maps/sweden' {
  interface SvgMapLocation {
    /** A slug of the county's name, e.g. "vastra gotaland". */
    id: string;
    name: string;
    /** SVG path data in the map's viewBox. */
    path: string;
  }
  const map: { label: string; viewBox: string; locations: SvgMapLocation[] };
  export default map;
}
