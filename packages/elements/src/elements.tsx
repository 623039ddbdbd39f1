import { assessFramework, type FrameworkInput, resolveFramework } from "@rungs/core";
import {
  AssessmentSummary,
  LevelCompare,
  LevelLadder,
  LevelStepper,
  ProgressionMatrix,
  useAssessment,
} from "@rungs/react";
import type { ReactNode } from "react";
import { RungsElement } from "./base";

/** `detail` of `rungs-value-change`: the keys of the open levels. */
export interface RungsValueChangeDetail {
  value: string[];
}

/** `detail` of `rungs-checked-change`: the checked statements and the level they reach. */
export interface RungsCheckedChangeDetail {
  /** Ids of the checked statements, in the framework's order. */
  checked: string[];
  /** Key of the level reached, `null` for none. */
  level: string | null;
}

/** Space-separated ids (an attribute) as a list. */
function idList(value: string | null): string[] {
  return value?.split(/\s+/).filter(Boolean) ?? [];
}

/**
 * `<rungs-ladder>`: `LevelLadder`. Attributes `current-level`, `target-level`, `query` and
 * `assessable` (a checkbox per statement). Fires `rungs-value-change` and, assessable,
 * `rungs-checked-change`.
 */
export class RungsLadderElement extends RungsElement {
  static override get observedAttributes(): string[] {
    return [...RungsElement.observedAttributes, "current-level", "target-level", "query", "assessable"];
  }

  protected renderFramework(framework: FrameworkInput): ReactNode {
    const props = {
      framework,
      currentLevel: this.attr("current-level"),
      targetLevel: this.attr("target-level"),
      query: this.attr("query"),
      onValueChange: (value: string[]) => this.emit<RungsValueChangeDetail>("rungs-value-change", { value }),
    };
    if (!this.hasAttribute("assessable")) return <LevelLadder {...props} />;
    return (
      <AssessableLadder
        {...props}
        onCheckedChange={(checked) => {
          const resolved = resolveFramework(framework);
          const reached = resolved.ok ? assessFramework(resolved.framework, checked).level : undefined;
          this.emit<RungsCheckedChangeDetail>("rungs-checked-change", { checked, level: reached?.key ?? null });
        }}
      />
    );
  }
}

/** A ladder over its own `useAssessment` state (the element holds no React state itself). */
function AssessableLadder({
  onCheckedChange,
  targetLevel,
  ...props
}: {
  framework: FrameworkInput;
  currentLevel: string | undefined;
  targetLevel: string | undefined;
  query: string | undefined;
  onValueChange: (value: string[]) => void;
  onCheckedChange: (checked: string[]) => void;
}) {
  const assessment = useAssessment(props.framework, { onCheckedChange, targetLevel });
  return <LevelLadder {...props} targetLevel={targetLevel} assessment={assessment} />;
}

/** `<rungs-matrix>`: `ProgressionMatrix`. Attributes `current-level`, `target-level`, `query`. */
export class RungsMatrixElement extends RungsElement {
  static override get observedAttributes(): string[] {
    return [...RungsElement.observedAttributes, "current-level", "target-level", "query"];
  }

  protected renderFramework(framework: FrameworkInput): ReactNode {
    return (
      <ProgressionMatrix
        framework={framework}
        currentLevel={this.attr("current-level")}
        targetLevel={this.attr("target-level")}
        query={this.attr("query")}
      />
    );
  }
}

/** `<rungs-compare>`: `LevelCompare`. Attributes `from` and `to` (level keys). */
export class RungsCompareElement extends RungsElement {
  static override get observedAttributes(): string[] {
    return [...RungsElement.observedAttributes, "from", "to"];
  }

  protected renderFramework(framework: FrameworkInput): ReactNode {
    return <LevelCompare framework={framework} from={this.attr("from") ?? ""} to={this.attr("to") ?? ""} />;
  }
}

/** `<rungs-stepper>`: `LevelStepper`. Attributes `current-level`, `target-level`, `link-to`. */
export class RungsStepperElement extends RungsElement {
  static override get observedAttributes(): string[] {
    return [...RungsElement.observedAttributes, "current-level", "target-level", "link-to"];
  }

  protected renderFramework(framework: FrameworkInput): ReactNode {
    return (
      <LevelStepper
        framework={framework}
        currentLevel={this.attr("current-level")}
        targetLevel={this.attr("target-level")}
        linkTo={this.attr("link-to")}
      />
    );
  }
}

/**
 * `<rungs-summary>`: `AssessmentSummary` of a saved or live result. Attributes `checked`
 * (space-separated statement ids; a host sets it from a ladder's `rungs-checked-change`)
 * and `target-level`.
 */
export class RungsSummaryElement extends RungsElement {
  static override get observedAttributes(): string[] {
    return [...RungsElement.observedAttributes, "checked", "target-level"];
  }

  protected renderFramework(framework: FrameworkInput): ReactNode {
    return (
      <AssessmentSummary
        framework={framework}
        checked={idList(this.getAttribute("checked"))}
        targetLevel={this.attr("target-level")}
      />
    );
  }
}
