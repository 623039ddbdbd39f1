import Link from "next/link";
import { describeFramework, frameworkFiles, loadFramework } from "../../lib/frameworks";

/** The list of occupations: one entry per framework file, each with its four pages. */
export default function HomePage() {
  const frameworks = frameworkFiles().map((file) => ({ file, framework: loadFramework(file) }));
  return (
    <>
      <h1>Career frameworks</h1>
      <p>What each level of these occupations takes, statement by statement. Pick one to see its levels.</p>
      <ul className="occupations">
        {frameworks.map(({ file, framework }) => (
          <li key={file}>
            <h2>
              <Link href={`/occupations/${file}`}>{framework.occupation.title}</Link>
            </h2>
            <p>{describeFramework(framework)}</p>
            <p>
              <Link href={`/assessment/${file}`}>Assess yourself: {framework.occupation.title}</Link>
              {" · "}
              <Link href={`/control/${file}`}>Plain HTML version: {framework.occupation.title}</Link>
              {" · "}
              <Link href={`/tailwind/${file}`}>Tailwind CSS version: {framework.occupation.title}</Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
