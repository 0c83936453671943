import { describe, expect, it } from "vitest";
import { createUndoStack } from "./undo.js";

const pushCmd = (items: number[], v: number) => ({ label: `add ${v}`, do: () => void items.push(v), undo: () => void items.pop() });

describe("undo stack", () => {
  it("undoes and redoes an expansion in order", () => {
    const items: number[] = [];
    const stack = createUndoStack();
    stack.run(pushCmd(items, 1));
    stack.run(pushCmd(items, 2));
    expect(items).toEqual([1, 2]);
    expect(stack.undo()?.label).toBe("add 2");
    expect(items).toEqual([1]);
    expect(stack.redo()?.label).toBe("add 2");
    expect(items).toEqual([1, 2]);
  });

  it("forgets what was undone once something new happens", () => {
    const items: number[] = [];
    const stack = createUndoStack();
    stack.run(pushCmd(items, 1));
    stack.undo();
    stack.run(pushCmd(items, 3));
    expect(stack.canRedo()).toBe(false);
    expect(items).toEqual([3]);
  });

  it("records a finished drag without running it again", () => {
    let runs = 0;
    const stack = createUndoStack();
    stack.record({ label: "move", do: () => runs++, undo: () => runs-- });
    expect(runs).toBe(0);
    stack.undo();
    expect(runs).toBe(-1);
  });

  it("does nothing when there is nothing to undo or redo", () => {
    const stack = createUndoStack();
    expect(stack.undo()).toBeUndefined();
    expect(stack.redo()).toBeUndefined();
  });

  it("keeps at most `limit` steps and tells listeners about changes", () => {
    const items: number[] = [];
    const stack = createUndoStack(2);
    let changes = 0;
    stack.onChange(() => changes++);
    for (const v of [1, 2, 3]) stack.run(pushCmd(items, v));
    stack.undo();
    stack.undo();
    expect(stack.canUndo()).toBe(false);
    expect(items).toEqual([1]);
    expect(changes).toBe(5);
  });
});
