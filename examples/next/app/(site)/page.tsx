import Link from "next/link";
import { careerSlugs, describeTrack, loadCareer, trackPath } from "../../lib/careers";
import { describeFramework, frameworkFiles, loadFramework } from "../../lib/frameworks";

/**
 * The list of occupations: one entry per framework file, each with its four pages, then one
 * per company ladder (format 1.1), with a link to each of its tracks.
 */
export default function HomePage() {
  const frameworks = frameworkFiles().map((file) => ({ file, framework: loadFramework(file) }));
  const ladders = careerSlugs().map((slug) => ({ slug, framework: loadCareer(slug) }));
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
        {ladders.map(({ slug, framework }) => {
          const first = framework.tracks[0];
          if (first === undefined) return null;
          return (
            <li key={slug}>
              <h2>
                <Link href={trackPath(slug, framework, first)}>{framework.occupation.title}</Link>
              </h2>
              <p>{describeTrack(framework, first)}</p>
              {framework.tracks.length > 1 && (
                <p>
                  Tracks:{" "}
                  {framework.tracks.map((track, index) => (
                    <span key={track.key}>
                      {index > 0 && " · "}
                      <Link href={trackPath(slug, framework, track)}>
                        {framework.occupation.title}, {track.label} track
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
