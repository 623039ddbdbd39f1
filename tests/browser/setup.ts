import * as a11yAnnotations from "@storybook/addon-a11y/preview";
import { setProjectAnnotations } from "@storybook/react-vite";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";
import * as previewAnnotations from "../../.storybook/preview";

// Composed stories render as in Storybook: the host-page decorator, the stylesheet
// (preview.tsx imports it), and axe after the play function (see runStory).
setProjectAnnotations([a11yAnnotations, previewAnnotations]);

// Testing Library cleans up by itself only where test globals are on; they are off here.
afterEach(() => cleanup());
