// `gridView`: a scrolling grid built a row at a time as rows come into view; cells are placed
// from the grid's width, `runsCount` or `maxExtent`, `childAspectRatio` and the spacings, so
// nothing needs measuring. Same element, roles and windowing as listView (listView.js).

import { virtualRenderer } from './listView.js';

export default virtualRenderer('grid', 'weft-grid-view');
