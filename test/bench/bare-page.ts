// The floor a UI can reach: a bare page that shows the same names in a plain virtualized list
// (absolutely placed 28 px rows, only the visible ones in the DOM), with the same kinds of
// actions the app offers, done as simply as a browser allows. Each app action is compared with
// the bare action of the same kind, measured in the same browser and run (test/bench/ui.bench.ts).

/** The page's HTML: a toolbar, a search field, the list, a detail pane and a dialog. */
export const BARE_HTML = `<!doctype html><html><head><meta charset="utf-8"><style>
body{font:13px system-ui,sans-serif;margin:0;display:flex;flex-direction:column;height:100vh}
#bar{padding:6px;display:flex;gap:6px}#main{flex:1;display:flex;min-height:0}
#side{width:300px;display:flex;flex-direction:column;border-right:1px solid #ccc}
#scroll{flex:1;overflow:auto;position:relative}#spacer{position:relative}
.row{position:absolute;left:0;right:0;height:28px;line-height:28px;padding:0 8px;white-space:nowrap}
.row[aria-selected=true]{background:#0a64d6;color:#fff}#detail{flex:1;padding:8px;overflow:auto}
dialog{width:700px;max-height:600px;overflow:auto}
</style></head><body>
<div id="bar"><button id="open">Open</button><button id="switch">Switch</button><button id="review">Review</button></div>
<div id="main"><div id="side"><input id="q" placeholder="Search" aria-label="Search">
<div id="scroll" role="listbox" aria-label="Names"><div id="spacer"></div></div></div>
<div id="detail"></div></div>
<dialog id="dlg"><ol id="log"></ol><button id="diff">Diff</button><pre id="diffText"></pre><button id="save">Save</button></dialog>
<script>
const H=28;let doc=null,lists={users:[],groups:[]},which="users",shown=[],sel=-1,ticks=new Set();
const $=(id)=>document.getElementById(id);const scroll=$("scroll"),spacer=$("spacer");
function draw(){spacer.style.height=shown.length*H+"px";const top=scroll.scrollTop,h=scroll.clientHeight;
 const a=Math.max(0,Math.floor(top/H)-5),b=Math.min(shown.length,Math.ceil((top+h)/H)+5);spacer.textContent="";
 for(let i=a;i<b;i++){const d=document.createElement("div");d.className="row";d.role="option";d.style.top=i*H+"px";
  d.textContent=shown[i];d.dataset.i=i;d.setAttribute("aria-selected",String(i===sel));spacer.appendChild(d);}}
function filter(){const q=$("q").value.toLowerCase();const all=lists[which];shown=q?all.filter(n=>n.toLowerCase().includes(q)):all;draw();}
function detail(){const name=shown[sel];$("detail").innerHTML="";const h=document.createElement("h2");h.textContent=name;$("detail").appendChild(h);
 const f=document.createElement("input");f.id="name";f.value=name;f.onkeydown=(e)=>{if(e.key!=="Enter")return;const all=lists[which];all[all.indexOf(name)]=f.value;filter();};$("detail").appendChild(f);
 for(const g of lists.groups.slice(0,300)){const l=document.createElement("label");const c=document.createElement("input");c.type="checkbox";
  c.checked=ticks.has(name+"/"+g);c.onchange=()=>{c.checked?ticks.add(name+"/"+g):ticks.delete(name+"/"+g);};l.append(c,g);$("detail").append(l," ");}}
scroll.addEventListener("scroll",draw);
spacer.addEventListener("click",(e)=>{const i=e.target.dataset&&e.target.dataset.i;if(i===undefined)return;sel=+i;draw();detail();});
$("q").addEventListener("input",filter);
$("q").addEventListener("keydown",(e)=>{if(e.key==="Escape"){$("q").value="";filter();}});
$("open").onclick=async()=>{doc=await (await fetch("/directory.json")).json();lists.users=Object.keys(doc.users);lists.groups=Object.keys(doc.groups);filter();};
$("switch").onclick=()=>{which=which==="users"?"groups":"users";sel=-1;filter();$("switch").dataset.which=which;};
$("review").onclick=()=>{$("log").innerHTML="<li>one change</li>";$("diffText").textContent="";$("dlg").showModal();};
$("diff").onclick=()=>{$("diffText").textContent="- old line\\n+ new line";};
$("save").onclick=async()=>{const r=await fetch("/save",{method:"POST",body:JSON.stringify(doc,null,"\\t")});$("save").dataset.saved=await r.text();$("dlg").close();};
</script></body></html>`;
