import type { FrameworkInput, Issue } from "@rungs/core";
import { FrameworkAttribution, FrameworkErrorPanel, LevelLadder } from "@rungs/react";
import { render, screen } from "@testing-library/react";
import fc from "fast-check";
import { createRef, type ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { expectNoAxeViolations } from "../axe";
import { seed, small } from "../fixtures";

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
    // The link's text is where it goes: its host (and path), not the source's raw value.
    expect(screen.getByRole("link", { name: "skillscrosswalk.com" }).getAttribute("href")).toBe(
      "https://skillscrosswalk.com/",
    );
  });

  it("forwards its ref to its root, and the error panel to its own", () => {
    const ref = createRef<HTMLDivElement>();
    const { rerender } = render(<FrameworkAttribution ref={ref} framework={small} />);
    expect(ref.current?.classList.contains("rungs-attribution")).toBe(true);
    const panel = createRef<HTMLDivElement>();
    rerender(<FrameworkErrorPanel ref={panel} errors={[{ path: "", code: "invalid-json", message: "Not JSON." }]} />);
    expect(panel.current?.getAttribute("role")).toBe("alert");
  });

  it("shows an error panel for invalid input", () => {
    // What JavaScript hosts may pass, whatever the types say.
    render(<FrameworkAttribution framework={null as unknown as FrameworkInput} />);
    expect(screen.getByRole("alert").textContent).toContain("(whole input)");
  });

  it("has no axe violations", async () => {
    const { container } = render(<FrameworkAttribution framework={seed} />);
    await expectNoAxeViolations(container);
  });
});

/** A framework-shaped object, as JSON from anywhere can be, with one source as given. */
function lookAlike(source: { name: unknown; value: unknown; url?: unknown }) {
  return JSON.parse(
    JSON.stringify({
      schemaVersion: "1.0",
      occupation: { title: "Technician" },
      sources: [source],
      levels: [
        {
          key: "a",
          id: "a",
          label: "A",
          rank: 0,
          statements: [{ id: "a-1", levelKey: "a", index: 0, subject: "S", description: "d", text: "S — d" }],
        },
      ],
    }),
  );
}

/** The links in an element's server HTML, as a browser would parse it. */
function linksOf(element: ReactElement): HTMLAnchorElement[] {
  const container = document.createElement("div");
  container.innerHTML = renderToString(element);
  return [...container.querySelectorAll("a")];
}

/** True when a link's text says where it goes: its host, then its path. */
function saysWhereItGoes(link: HTMLAnchorElement): boolean {
  const url = new URL(link.getAttribute("href") ?? "");
  const text = link.textContent ?? "";
  return text.startsWith(url.host) && (url.pathname === "/" || text.slice(url.host.length).startsWith(url.pathname));
}

const HOSTILE_URLS = [
  "javascript:alert(document.cookie)",
  "JavaScript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "https://www.onetcenter.org@evil.example/",
  "https://user:pass@evil.example/",
  "https://evil.example/\u202Egro.tenectno.www",
  "https://www.onetcenter.org\u202E/evil",
  "//evil.example/",
  "https://evil.example/path",
];

describe("FrameworkAttribution links, decided when rendering", () => {
  it.each(HOSTILE_URLS)(
    "never links a framework-shaped object's url %j anywhere but http(s), and says where",
    (url) => {
      for (const source of [
        { name: "O*NET", value: "https://www.onetcenter.org", url },
        { name: "O*NET", value: url, url },
      ]) {
        const framework = lookAlike(source);
        const views = [
          <FrameworkAttribution key="attribution" framework={framework} />,
          <LevelLadder key="ladder" framework={framework} />,
        ];
        for (const element of views) {
          for (const link of linksOf(element)) {
            expect(link.getAttribute("href")).toMatch(/^https?:\/\//);
            expect(link.protocol).toMatch(/^https?:$/);
            expect(saysWhereItGoes(link)).toBe(true);
          }
        }
      }
    },
  );

  it("shows a link's real target as its text: host in punycode, no credentials or bidi controls", () => {
    render(
      <FrameworkAttribution
        framework={{
          schemaVersion: "1.0",
          framework: { levels: { a: { label: "A", statements: ["S — d"] } } },
          sources: { idn: "https://ехаmple.com/guide", plain: "https://example.org" },
          attribution: "© A",
        }}
      />,
    );
    const idnHost = new URL("https://ехаmple.com/guide").host;
    expect(idnHost).toMatch(/^xn--/);
    expect(screen.getAllByRole("link").map((link) => link.textContent)).toEqual([`${idnHost}/guide`, "example.org"]);
    // The sources' names stay readable before their links.
    expect(screen.getByText("idn")).toBeTruthy();
  });

  it("keeps a value that is not a URL as text, never as a link", () => {
    render(<FrameworkAttribution framework={lookAlike({ name: "Guide", value: "Garden Guild handbook" })} />);
    expect(screen.queryAllByRole("link")).toHaveLength(0);
    expect(screen.getByText(/Garden Guild handbook/)).toBeTruthy();
  });

  it("never links anything but http(s), for any URL a source may hold", () => {
    const url = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom(...HOSTILE_URLS),
      fc.string(),
      fc.tuple(fc.constantFrom("https://", "http://", "HTTPS://", " https://"), fc.string()).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(url, url, (value, sourceUrl) => {
        const framework = lookAlike({ name: "Source", value, url: sourceUrl });
        for (const link of linksOf(<FrameworkAttribution framework={framework} />)) {
          expect(link.protocol).toMatch(/^https?:$/);
          expect(saysWhereItGoes(link)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

describe("FrameworkErrorPanel", () => {
  const errors: Issue[] = [
    { path: "", code: "invalid-json", message: "Bad." },
    { path: "/framework", code: "missing-field", message: "Missing." },
  ];

  it("in development, lists every issue with its path and code under the message", () => {
    render(<FrameworkErrorPanel errors={errors} labels={{ errorTitle: "Oops" }} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Oops");
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "(whole input) Bad. (invalid-json)",
      "/framework Missing. (missing-field)",
    ]);
  });

  it("in production, shows the reader the plain message alone", () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      render(<FrameworkErrorPanel errors={errors} />);
      expect(screen.getByRole("alert").textContent).toBe("This career framework cannot be shown right now.");
      expect(screen.queryByRole("list")).toBeNull();
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("`details` decides either way, whatever the build", () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      const { unmount } = render(<FrameworkErrorPanel errors={errors} details />);
      expect(screen.getAllByRole("listitem")).toHaveLength(2);
      unmount();
    } finally {
      vi.unstubAllEnvs();
    }
    render(<FrameworkErrorPanel errors={errors} details={false} />);
    expect(screen.getByRole("alert").textContent).toBe("This career framework cannot be shown right now.");
    expect(screen.queryByRole("list")).toBeNull();
  });
});
