import { describe, expect, it } from "vitest";
import { linesOf, runCli, tempFolder } from "./run-cli";

// Issue 18, item 14: what the CLI says about a file is one line a terminal shows as text,
// whatever the file's name; and invalid JSON is located by line and column, as an editor does.

const files = tempFolder();

describe("rungs' messages", () => {
  it("escapes a file name's controls in the 'not a usable framework' line, as in every other line", async () => {
    // An escape sequence and a newline that would forge a line of its own.
    const name = "evil\u001B[2J\nrungs convert: all good.json";
    const path = files.write(name, "{");
    const runs = await Promise.all([runCli(["convert", path, "--to", "csv"]), runCli(["render", path])]);
    for (const run of runs) {
      expect(run.code).toBe(1);
      expect(run.stderr).not.toContain("\u001B");
      const lines = linesOf(run.stderr);
      // One line per problem and one verdict: the newline in the name does not add one.
      expect(lines).toHaveLength(2);
      expect(lines[1]).toMatch(/ is not a usable framework: 1 error\.$/);
      expect(lines[1]).toContain("evil\\u{1B}[2J\\u{A}rungs convert: all good.json");
    }
  });

  it("locates invalid JSON by line and column (1-based), not by character offset", async () => {
    const path = files.write("bad.json", '{"a":\n  1,,}');
    const [text, json] = await Promise.all([runCli(["validate", path]), runCli(["validate", "--json", path])]);
    expect(text.code).toBe(1);
    const [line] = linesOf(text.stdout);
    expect(line).toMatch(/^.*bad\.json: error: invalid-json: .* at line 2, column 5\.$/);
    expect(line).not.toMatch(/position/);
    const report = JSON.parse(json.stdout) as { files: { errors: { message: string }[] }[] };
    expect(report.files[0]?.errors[0]?.message).toMatch(/ at line 2, column 5\.$/);
  });

  it("locates an error JSON.parse gives no position for (a comment, a bare word)", async () => {
    const path = files.write("comment.json", '{\n  // levels\n  "a": 1\n}');
    const run = await runCli(["validate", path]);
    expect(linesOf(run.stdout)[0]).toMatch(/comment\.json: error: invalid-json: .* at line 2, column 3\.$/);
  });

  it("counts CRLF, CR and LF as one line break each, and locates a CASE package's invalid JSON too", async () => {
    // Line 1 "{", CRLF, line 2, CRLF, line 3 empty, a lone CR, line 4 "  ]".
    const crlf = files.write("crlf.json", '{\r\n  "a": 1,\r\n\r  ]');
    const casePackage = files.write("bad.case.json", '{\r"CFDocument": {},\r\n  }');
    const [crlfRun, caseRun] = await Promise.all([runCli(["validate", crlf]), runCli(["validate", casePackage])]);
    expect(linesOf(crlfRun.stdout)[0]).toMatch(/crlf\.json: error: invalid-json: .* at line 4, column 3\.$/);
    expect(linesOf(caseRun.stdout)[0]).toMatch(/bad\.case\.json: error: invalid-json: .* at line 3, column 3\.?$/);
  });
});
