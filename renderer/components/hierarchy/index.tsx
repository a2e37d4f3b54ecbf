import { lazy, Suspense, type ComponentProps } from "react";

// React Flow and dagre load with the first picture drawn, not with the app.
const Picture = lazy(() => import("./hierarchy-picture").then((m) => ({ default: m.HierarchyPicture })));

/** The hierarchy picture (hierarchy-picture.tsx), loaded on first use. */
export function HierarchyPicture(props: ComponentProps<typeof Picture>) {
  return (
    <Suspense fallback={<div className="hierarchy-loading" />}>
      <Picture {...props} />
    </Suspense>
  );
}
