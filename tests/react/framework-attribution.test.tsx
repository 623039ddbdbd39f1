import { FrameworkAttribution, FrameworkErrorPanel } from "@rungs/react";
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "./axe";
import { seed, small } from "./fixtures";

describe("FrameworkAttribution", () => {
  it("links http(s) sources and shows the others as text", () => {
    const { container } = render(<FrameworkAttribution framework={small} />);
    const links = screen.getAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["https://example.org/guide"]);
    expect(container.textContent).toContain("javascript:alert(1)");
    expect(container.querySelector("a[href^='javascript']")).toBeNull();
  });

  it("shows the attribution line the licence requires", () => {
    render(<FrameworkAttribution framework={seed} />);
    expect(screen.getByText("© EBSCOed")).toBeTruthy();
    expect(screen.getByRole("link", { name: "https://skillscrosswalk.com" })).toBeTruthy();
  });

  it("shows an error panel for invalid input", () => {
    render(<FrameworkAttribution framework={null} />);
    expect(screen.getByRole("alert").textContent).toContain("(whole input)");
  });

  it("has no axe violations", async () => {
    const { container } = render(<FrameworkAttribution framework={seed} />);
    await expectNoAxeViolations(container);
  });
});

describe("FrameworkErrorPanel", () => {
  it("lists every issue with its path", () => {
    render(
      <FrameworkErrorPanel
        errors={[
          { path: "", code: "invalid-json", message: "Bad." },
          { path: "/framework", code: "missing-field", message: "Missing." },
        ]}
        labels={{ errorTitle: "Oops" }}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Oops");
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "(whole input) Bad.",
      "/framework Missing.",
    ]);
  });
});
