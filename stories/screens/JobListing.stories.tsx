import { LevelStepper } from "@rungs/react";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { seedFramework } from "./data";
import "./screens.css";

interface Job {
  id: string;
  title: string;
  employer: string;
  place: string;
  /** The seed framework the employer publishes its levels in. */
  framework: string;
  /** The level the job is hired at: the stepper's "Target". */
  level: string;
  /** The reader's own level in that framework, from their profile, when they have one. */
  readerLevel?: string;
}

const jobs: Job[] = [
  {
    id: "tech-1",
    title: "Mechatronics Technician",
    employer: "Northfield Automation",
    place: "Leeds · on site",
    framework: "17-3024.00.json",
    level: "proficient",
    readerLevel: "developing",
  },
  {
    id: "backend-1",
    title: "Backend Engineer",
    employer: "Monzo",
    place: "London · hybrid",
    framework: "monzo-backend.json",
    level: "level-3",
  },
  {
    id: "ft-1",
    title: "Senior Software Engineer",
    employer: "Financial Times",
    place: "London · hybrid",
    framework: "ft-engineering.json",
    level: "senior-1",
  },
  {
    id: "pm-1",
    title: "Product Manager",
    employer: "Monzo",
    place: "Remote (UK)",
    framework: "monzo-product.json",
    level: "level-2",
  },
];

/**
 * Search results on a job board: each row says which level the job is hired at on the
 * employer's own ladder, with a compact stepper, and where the reader stands when their
 * profile has a saved assessment in that framework. Host markup is a list of articles.
 */
function JobListingScreen() {
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Jobs for you</h1>
        <p className="screen-meta">{jobs.length} jobs · sorted by match</p>
      </header>
      <ul className="screen-jobs">
        {jobs.map((job) => (
          <li key={job.id}>
            <article className="screen-job" aria-labelledby={`${job.id}-title`}>
              <h2 id={`${job.id}-title`}>
                <a href={`#${job.id}`}>{job.title}</a>
              </h2>
              <p className="screen-meta">
                {job.employer} · {job.place}
              </p>
              <LevelStepper
                framework={seedFramework(job.framework)}
                size="compact"
                currentLevel={job.readerLevel}
                targetLevel={job.level}
              />
            </article>
          </li>
        ))}
      </ul>
    </div>
  );
}

const meta = {
  title: "Screens/Job listing",
  component: JobListingScreen,
  parameters: { layout: "fullscreen" },
} satisfies Meta<typeof JobListingScreen>;

export default meta;
type Story = StoryObj<typeof meta>;

export const JobListing: Story = {
  name: "Job listing",
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const rows = canvas.getAllByRole("article");
    await expect(rows).toHaveLength(jobs.length);
    // Each row names the level it hires at, in words, on the employer's ladder.
    const first = within(rows[0] as HTMLElement);
    await expect(first.getByRole("link", { name: "Mechatronics Technician" })).toBeVisible();
    await expect(rows[0]).toHaveTextContent("Developing · level 2 of 4");
    await expect(rows[0]).toHaveTextContent("Target: Proficient");
    await expect(rows[1]).toHaveTextContent("Target: Level 3");
    await expect(rows[2]).toHaveTextContent("Target: Senior Engineer 1");
  },
};
