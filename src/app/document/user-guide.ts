/**
 * The user guide shown by Help › User Guide: bundled with the app, so it reads the same with
 * no network, on a projector, in a workshop room.
 */
export const USER_GUIDE = `
# Touchmap user guide

Touchmap draws customer-journey maps: the **stages** of a journey are columns, the
**departments** that own the touchpoints are swimlanes, and each **touchpoint** sits in the
cell of its stage and its department. Everything works offline; nothing is sent anywhere.

## Start a map

- **Blank map**: the stages and departments of your preferences (by default the seven
  stages from Awareness to Loyalty and the seven usual departments).
- **A template**: a real journey (a hotel stay, a bank, a clothing retailer) to adapt.
- **Open a map file**: a \`.touchmap\` file, or drop one on the window. A PDF exported by
  Touchmap can be dropped too: it carries its map inside.

## Edit

- Drag a touchpoint from the palette on the left into a cell, or double-click an empty spot
  of the grid. Moving a card to another column changes its stage; to another lane, its owner.
- Select a card to edit it in the inspector on the right: its kind (**customer service** or
  **customer experience**), channel, the customer's **emotion** (-2 to +2) and what they
  think, its **friction points** with their severity, and **opportunities**.
- Rename a card in place with F2 or Enter. Arrow keys nudge it; Tab goes to the next card.
- Stages and departments are renamed, recoloured, added, removed and reordered in the
  *Stages and departments* panel.
- Everything can be undone and redone. Press **?** to see every keyboard shortcut.

## Read the map

The emotion curve runs across the top through the rated touchpoints, with its lowest
moments marked. The *Insights* panel counts touchpoints by kind per department and per
stage, friction by stage and severity, the average emotion by stage, and the share of the
journey that is reactive service.

## Save, and never lose work

- Save writes one self-contained \`.touchmap\` file, easy to mail, share or keep in git.
- While a map has unsaved changes, Touchmap keeps a **draft** of it a few seconds after
  each change (in the desktop app, as often as the preferences say). After a crash, a power
  cut or a closed tab, the start screen offers to **recover unsaved work**: Restore brings
  the map back, still marked unsaved; Discard deletes the draft for good.
- Before a map with unsaved changes is replaced or closed, Touchmap asks whether to save.

## Export

Export a vector PDF for the wall, the deck or the client: page size and orientation of
your choice (the preferences set the defaults), on one page or tiled across pages, with a
legend and a title block. The PDF carries the map, so Touchmap can open it again.

## Preferences

Your name (for PDF title blocks), the colour theme (follow the system, light or dark), the
default PDF page, how often drafts are kept, and the stages and departments a blank map
starts with.
`;
