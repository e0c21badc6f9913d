import type { ButtonStyle, ComponentType } from "discord-api-types/v10";

// The numbers Discord gives the component kinds and button styles the replies use, typed as discord-api-types'
// enum members. Not those enums themselves: discord-api-types is CommonJS, so importing one value of it loads and
// runs all of it (220 kB, 10–20 ms), and the renderers are on the console's start path, which needs nothing else
// of it. test/discord/componentKinds.test.ts checks the numbers against the enums.
/* eslint-disable @typescript-eslint/no-unsafe-enum-assignment -- numbers in place of the enums is the point here */

/** A row of buttons. */
export const ACTION_ROW: ComponentType.ActionRow = 1;
/** A button. */
export const BUTTON: ComponentType.Button = 2;
/** The accent-coloured button style. */
export const BUTTON_PRIMARY: ButtonStyle.Primary = 1;
/** The grey button style. */
export const BUTTON_SECONDARY: ButtonStyle.Secondary = 2;
