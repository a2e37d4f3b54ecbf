import { Controls, Handle, Position, ReactFlow, type NodeProps, type NodeTypes } from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { createContext, useContext, useMemo } from "react";
import { Button } from "react-aria-components";
import { useTranslation } from "react-i18next";
import { licenceInfo } from "../../../shared/keys";
import type { Hierarchy, HierarchyNode } from "../../../shared/queries";
import { GroupGlyph } from "../glyphs";
import { layoutHierarchy, type PictureNode } from "./layout";
import "./hierarchy.css";
import { Truncated } from "../truncated";

/** What a click on a group node does (select that group). */
const OpenGroup = createContext<(name: string) => void>(() => {});

function licenceNames(keys: readonly string[]): string {
  return keys.map((k) => licenceInfo(k)?.label ?? k).join(", ");
}

/** A group: its name (a link to it), member counts and licences. */
function GroupNode({ data }: NodeProps<PictureNode>) {
  const { t } = useTranslation("hierarchy");
  const open = useContext(OpenGroup);
  const node = data.node as Extract<HierarchyNode, { kind: "group" }>;
  const counts = t("counts", { users: node.users, groups: node.groups });
  return (
    <div className={node.selected ? "hierarchy-node hierarchy-selected" : "hierarchy-node"}>
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <Button className="hierarchy-link" onPress={() => open(node.name)} aria-current={node.selected ? "true" : undefined}>
        <GroupGlyph size={13} />
        <Truncated className="hierarchy-name" text={node.name} />
      </Button>
      <span className="hierarchy-meta">{counts}</span>
      {node.licences.length > 0 && <Truncated className="hierarchy-licences" text={licenceNames(node.licences)} />}
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

/** The groups left out at one place: "+N more". */
function MoreNode({ data }: NodeProps<PictureNode>) {
  const { t } = useTranslation("hierarchy");
  const node = data.node as Extract<HierarchyNode, { kind: "more" }>;
  return (
    <div className="hierarchy-node hierarchy-more">
      <Handle type="target" position={Position.Top} isConnectable={false} />
      {t("more", { count: node.count })}
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

const NODE_TYPES: NodeTypes = { "hierarchy-group": GroupNode, "hierarchy-more": MoreNode };

/** The same picture in words, for screen readers: which group contains which. */
function TextEquivalent({ hierarchy, label }: { hierarchy: Hierarchy; label: string }) {
  const { t } = useTranslation("hierarchy");
  const byId = new Map(hierarchy.nodes.map((n) => [n.id, n]));
  const name = (id: string) => {
    const node = byId.get(id);
    return node?.kind === "group" ? node.name : t("more", { count: node?.count ?? 0 });
  };
  return (
    <ul className="sr-only" aria-label={label}>
      {hierarchy.edges.map((e) => (
        <li key={`${e.from}→${e.to}`}>{t("contains", { container: name(e.from), member: name(e.to) })}</li>
      ))}
    </ul>
  );
}

/**
 * A nesting picture laid out by dagre and drawn by React Flow: containing groups above, contained
 * groups below, pannable and zoomable (drag, wheel, the +/− buttons); each group is a button that
 * opens it, and a list in words goes with it for screen readers.
 */
export function HierarchyPicture(props: { hierarchy: Hierarchy; label: string; onOpenGroup: (name: string) => void; height?: number }) {
  const { t } = useTranslation("hierarchy");
  const { nodes, edges } = useMemo(() => layoutHierarchy(props.hierarchy), [props.hierarchy]);
  const ariaLabels = useMemo(
    () => ({
      "controls.ariaLabel": t("controls"),
      "controls.zoomIn.ariaLabel": t("zoomIn"),
      "controls.zoomOut.ariaLabel": t("zoomOut"),
      "controls.fitView.ariaLabel": t("fit"),
    }),
    [t],
  );
  return (
    <figure className="hierarchy" style={{ height: props.height ?? 300 }}>
      <figcaption className="sr-only">{props.label}</figcaption>
      <OpenGroup.Provider value={props.onOpenGroup}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          fitView
          fitViewOptions={{ padding: 0.15, maxZoom: 1 }}
          minZoom={0.2}
          maxZoom={2}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          colorMode="system"
          ariaLabelConfig={ariaLabels}
          proOptions={{ hideAttribution: false }}
        >
          <Controls showInteractive={false} />
        </ReactFlow>
      </OpenGroup.Provider>
      <TextEquivalent hierarchy={props.hierarchy} label={props.label} />
    </figure>
  );
}
