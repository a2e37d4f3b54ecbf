// jest-dom matchers for component tests (they run in jsdom via a per-file environment comment).
import "@testing-library/jest-dom/vitest";
