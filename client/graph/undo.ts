/**
 * The undo/redo stack behind every change to the canvas. A command knows how to do and undo
 * itself; the stack only orders them. Free of the DOM and of Cytoscape so it can be tested alone.
 */

export interface Command {
  /** Shown in the undo button's tooltip, e.g. "展开 乐山市". */
  label: string;
  do(): void;
  undo(): void;
}

export interface UndoStack {
  /** Runs the command and records it; anything that was undone can no longer be redone. */
  run(cmd: Command): void;
  /** Records a command whose effect already happened (e.g. a drag the user finished). */
  record(cmd: Command): void;
  undo(): Command | undefined;
  redo(): Command | undefined;
  canUndo(): boolean;
  canRedo(): boolean;
  peekUndo(): Command | undefined;
  peekRedo(): Command | undefined;
  clear(): void;
  onChange(fn: () => void): void;
}

/**
 * @example
 * const stack = createUndoStack();
 * stack.run({ label: "add", do: () => items.push(1), undo: () => items.pop() });
 * stack.undo(); // items is empty again
 */
export function createUndoStack(limit = 200): UndoStack {
  const done: Command[] = [];
  const undone: Command[] = [];
  const listeners: (() => void)[] = [];
  const changed = () => listeners.forEach((fn) => fn());

  const record = (cmd: Command) => {
    done.push(cmd);
    if (done.length > limit) done.shift();
    undone.length = 0;
    changed();
  };
  return {
    run(cmd) {
      cmd.do();
      record(cmd);
    },
    record,
    undo() {
      const cmd = done.pop();
      if (!cmd) return undefined;
      cmd.undo();
      undone.push(cmd);
      changed();
      return cmd;
    },
    redo() {
      const cmd = undone.pop();
      if (!cmd) return undefined;
      cmd.do();
      done.push(cmd);
      changed();
      return cmd;
    },
    canUndo: () => done.length > 0,
    canRedo: () => undone.length > 0,
    peekUndo: () => done.at(-1),
    peekRedo: () => undone.at(-1),
    clear() {
      done.length = 0;
      undone.length = 0;
      changed();
    },
    onChange(fn) {
      listeners.push(fn);
    },
  };
}
