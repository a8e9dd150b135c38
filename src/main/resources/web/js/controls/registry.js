// Control type -> renderer. A renderer is a plain object:
//   create(props, ctx)       -> a new element showing `props` (only the non-default ones)
//   update(el, delta, ctx)   applies a props delta (null = back to the default); ctx.node.props
//                            already holds the merged, current props
//   childHost(el, child)     (containers) the element the children's elements live in; `child`
//                            (its type and props; absent when the question is whether there is
//                            a host at all) lets a renderer keep some children apart, like a
//                            view's app bar outside its main landmark
//   setDisabled(el, on)      (optional) disables the native control inside
//   recreate(el, delta)      (optional) true when the delta needs a brand-new element
//   virtual: true            (listView, gridView) DomPatch keeps the children as item records
//                            (virtual.js) and calls itemsChanged(el, ctx) after a patch that
//                            changed them; ctx.materialize(record) builds an item's element;
//                            saveState(el)/restoreState(el, state, ctx) keep the scroll across
//                            a re-render
// The common properties (key, visible, disabled, tooltip, expand, width, height) are applied by
// common.js for every type; renderers handle only their own.

import page from './page.js';
import text from './text.js';
import button from './button.js';
import iconButton from './iconButton.js';
import textField from './textField.js';
import checkbox from './checkbox.js';
import switchControl from './switch.js';
import dropdown from './dropdown.js';
import row from './row.js';
import column from './column.js';
import container from './container.js';
import image from './image.js';
import divider from './divider.js';
import progressBar from './progressBar.js';
import filePicker from './filePicker.js';
import view from './view.js';
import appBar from './appBar.js';
import datePicker from './datePicker.js';
import timePicker from './timePicker.js';
import unknown from './unknown.js';
import navigationBar from './navigationBar.js';
import navigationRail from './navigationRail.js';
import tabs from './tabs.js';
import tab from './tab.js';
import floatingActionButton from './floatingActionButton.js';
import popupMenuButton from './popupMenuButton.js';
import popupMenuItem from './popupMenuItem.js';
import menuBar from './menuBar.js';
import submenuButton from './submenuButton.js';
import responsiveRow from './responsiveRow.js';
import alertDialog from './alertDialog.js';
import bottomSheet from './bottomSheet.js';
import snackBar from './snackBar.js';
import banner from './banner.js';
import navigationDrawer from './navigationDrawer.js';
import { lineChart, lineChartData, lineChartDataPoint } from './lineChart.js';
import { barChart, barChartGroup, barChartRod } from './barChart.js';
import { pieChart, pieChartSection } from './pieChart.js';
import icon from './icon.js';
import badge from './badge.js';
import circleAvatar from './circleAvatar.js';
import progressRing from './progressRing.js';
import markdown from './markdown.js';
import verticalDivider from './verticalDivider.js';
import placeholder from './placeholder.js';
import listView from './listView.js';
import gridView from './gridView.js';
import listTile from './listTile.js';
import card from './card.js';
import slider from './slider.js';
import rangeSlider from './rangeSlider.js';
import radio from './radio.js';
import radioGroup from './radioGroup.js';
import segmentedButton from './segmentedButton.js';
import chip from './chip.js';
import searchBar from './searchBar.js';
import autoComplete from './autoComplete.js';
import dataTable from './dataTable.js';
import dataColumn from './dataColumn.js';
import dataRow from './dataRow.js';
import dataCell from './dataCell.js';

const renderers = new Map(Object.entries({
  page, text, button, iconButton, textField, checkbox, switch: switchControl, dropdown,
  row, column, container, image, divider, progressBar, filePicker, view, appBar,
  datePicker, timePicker,
  navigationBar, navigationRail, tabs, tab, floatingActionButton,
  popupMenuButton, popupMenuItem, menuBar, submenuButton, menuItemButton: popupMenuItem, responsiveRow,
  alertDialog, bottomSheet, snackBar, banner, navigationDrawer,
  lineChart, lineChartData, lineChartDataPoint, barChart, barChartGroup, barChartRod, pieChart, pieChartSection,
  icon, badge, circleAvatar, progressRing, markdown, verticalDivider, placeholder,
  listView, gridView, listTile, card,
  slider, rangeSlider, radio, radioGroup, segmentedButton, chip, searchBar, autoComplete,
  dataTable, dataColumn, dataRow, dataCell,
}));

/** The renderer of a control type; an unknown type gets a placeholder (and a console warning). */
export function rendererFor(type) {
  const renderer = renderers.get(type);
  if (renderer) return renderer;
  console.warn(`weft: no renderer for control type "${type}"`);
  return unknown;
}

/** Adds or replaces the renderer of a type (for custom controls). */
export function registerRenderer(type, renderer) {
  renderers.set(type, renderer);
}

// Gestures and layout (issue 13): stack, expansion tile and panels, gesture detector, drag and drop.
import slot from './slot.js';
import stack from './stack.js';
import expansionTile from './expansionTile.js';
import expansionPanelList from './expansionPanelList.js';
import expansionPanel from './expansionPanel.js';
import gestureDetector from './gestureDetector.js';
import draggable from './draggable.js';
import dragTarget from './dragTarget.js';

for (const [type, renderer] of Object.entries({
  slot, stack, expansionTile, expansionPanelList, expansionPanel, gestureDetector, draggable, dragTarget,
})) renderers.set(type, renderer);
