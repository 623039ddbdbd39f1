import "../../packages/react/src/styles.css";
import "./host.css";
import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Testing Library cleans up by itself only where test globals are on; they are off here.
afterEach(() => cleanup());
