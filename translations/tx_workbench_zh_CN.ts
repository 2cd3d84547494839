<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnalysisRunner</name>
    <message>
        <source>Structure S(q), g(r)</source>
        <translation>结构 S(q)、g(r)</translation>
    </message>
    <message>
        <source>Reading and correlating</source>
        <translation>读取并计算关联函数</translation>
    </message>
    <message>
        <source>Averaging and bootstrap</source>
        <translation>平均与自助法</translation>
    </message>
    <message>
        <source>Fitting</source>
        <translation>拟合</translation>
    </message>
    <message>
        <source>Finding the trajectory files</source>
        <translation>查找轨迹文件</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Tx Workbench report</source>
        <translation>Tx Workbench 报告</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a valid session: %2</source>
        <translation>%1 不是有效的会话文件：%2</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>1/T</source>
        <translation>1/T</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>relaxation time</source>
        <translation>弛豫时间</translation>
    </message>
    <message>
        <source>LLL</source>
        <translation>类液</translation>
    </message>
    <message>
        <source>SLL</source>
        <translation>类固</translation>
    </message>
    <message>
        <source>parabola</source>
        <translation>抛物线</translation>
    </message>
    <message>
        <source>γ_τ = τ_+ / τ_−</source>
        <translation>γ_τ = τ_+ / τ_−</translation>
    </message>
    <message>
        <source>SE line</source>
        <translation>SE 直线</translation>
    </message>
    <message>
        <source>D·τ_α</source>
        <translation>D·τ_α</translation>
    </message>
    <message>
        <source>τ_α</source>
        <translation>τ_α</translation>
    </message>
    <message>
        <source>MSD ⟨Δr²⟩</source>
        <translation>均方位移 ⟨Δr²⟩</translation>
    </message>
    <message>
        <source>α₂(t)</source>
        <translation>α₂(t)</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>S(q)</source>
        <translation>S(q)</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>g(r)</source>
        <translation>g(r)</translation>
    </message>
    <message>
        <source>LLL (liquid-like)</source>
        <translation>LLL（类液过冷液体）</translation>
    </message>
    <message>
        <source>SLL (solid-like)</source>
        <translation>SLL（类固过冷液体）</translation>
    </message>
    <message>
        <source>(T − T_g) / (T_m − T_g)</source>
        <translation>(T − T_g) / (T_m − T_g)</translation>
    </message>
    <message>
        <source>Single column (86 mm)</source>
        <translation>单栏（86 毫米）</translation>
    </message>
    <message>
        <source>Double column (178 mm)</source>
        <translation>双栏（178 毫米）</translation>
    </message>
    <message>
        <source>Slide (254 mm, 16:9)</source>
        <translation>幻灯片（254 毫米，16:9）</translation>
    </message>
    <message>
        <source>Tx Workbench figure</source>
        <translation>Tx Workbench 图</translation>
    </message>
    <message>
        <source>Unknown figure format &apos;%1&apos;: use .pdf, .svg or .png</source>
        <translation>未知的图形格式“%1”：请使用 .pdf、.svg 或 .png</translation>
    </message>
    <message>
        <source>The ensemble is not at %1 any more: showing the results saved with the session</source>
        <translation>系综已不在 %1：显示随会话保存的结果</translation>
    </message>
    <message>
        <source>species</source>
        <translation>组元</translation>
    </message>
    <message>
        <source>|dr_-| / |dr_+|</source>
        <translation>|dr_-| / |dr_+|</translation>
    </message>
    <message>
        <source>95 % bootstrap band</source>
        <translation>95 % 自助法置信带</translation>
    </message>
    <message>
        <source>No cooling log. Give a LAMMPS log of a cooling run under
“T_g from cooling log” in the parameters (tx-analyze --thermo-log):
T_g is where lines through its liquid and glass branches cross.</source>
        <translation>没有降温日志。请在参数中“由降温日志求 T_g”处给出一次降温模拟的 LAMMPS 日志
（tx-analyze --thermo-log）：
T_g 是其液体支与玻璃支两条直线的交点。</translation>
    </message>
    <message>
        <source>%1, run %2 of the log</source>
        <translation>%1，日志中的第 %2 次运行</translation>
    </message>
    <message>
        <source>glass line</source>
        <translation>玻璃支直线</translation>
    </message>
    <message>
        <source>liquid line</source>
        <translation>液体支直线</translation>
    </message>
    <message>
        <source>No T_g: %1</source>
        <translation>无 T_g：%1</translation>
    </message>
    <message>
        <source>T (instantaneous, from the log)</source>
        <translation>T（瞬时值，取自日志）</translation>
    </message>
    <message>
        <source>Figure %1. %2</source>
        <translation>图 %1. %2</translation>
    </message>
    <message>
        <source>Tx Workbench %1 · %2</source>
        <translation>Tx Workbench %1 · %2</translation>
    </message>
    <message>
        <source>This page has no plot to export</source>
        <translation>此页面没有可导出的图</translation>
    </message>
    <message>
        <source>%1 temperatures (%2), %3 replicas, %4 trajectory files; errors from %5 bootstrap resamples (seed %6) over replicas; Tx Workbench %7.</source>
        <translation>%1 个温度（%2），%3 个副本，%4 个轨迹文件；误差来自对副本的 %5 次自助重采样（种子 %6）；Tx Workbench %7。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Ensemble: %1</source>
        <translation>系综：%1</translation>
    </message>
    <message>
        <source>Units: length %1, time %2 (q in inverse length, times in time units, T in %3)</source>
        <translation>单位：长度 %1，时间 %2（q 以长度倒数计，时间以时间单位计，T 以 %3 计）</translation>
    </message>
    <message>
        <source>the simulation&apos;s units</source>
        <translation>模拟的单位</translation>
    </message>
    <message>
        <source>q = %1 (%2), r_c = %3 (%4), dt = %5, bootstrap %6 resamples</source>
        <translation>q = %1（%2），r_c = %3（%4），dt = %5，自助法 %6 次重采样</translation>
    </message>
    <message>
        <source>Characteristic temperatures (as in the paper&apos;s Table I)</source>
        <translation>特征温度（如论文表 I）</translation>
    </message>
    <message>
        <source>(!) Quality flags (README &quot;Quality flags&quot;)</source>
        <translation>(!) 质量标记（README “Quality flags”）</translation>
    </message>
    <message>
        <source>Simulate next at</source>
        <translation>建议下一步模拟的温度</translation>
    </message>
    <message>
        <source>Per temperature (errors: bootstrap over replicas)</source>
        <translation>各温度结果（误差：对副本自助法）</translation>
    </message>
    <message>
        <source>Custom (%1 × %2 mm)</source>
        <translation>自定义（%1 × %2 mm）</translation>
    </message>
    <message>
        <source>No T_c: %1</source>
        <translation>无 T_c：%1</translation>
    </message>
    <message>
        <source>SE line ± δ (δ = %1 %)</source>
        <translation>SE 直线 ± δ（δ = %1 %）</translation>
    </message>
    <message>
        <source>species %1</source>
        <translation>species %1</translation>
    </message>
    <message>
        <source>atoms: %1</source>
        <translation>atoms: %1</translation>
    </message>
    <message>
        <source>pairs: %1</source>
        <translation>pairs: %1</translation>
    </message>
    <message>
        <source>|dr_i|</source>
        <translation>|dr_i|</translation>
    </message>
    <message>
        <source>|dr_-|</source>
        <translation>|dr_-|</translation>
    </message>
    <message>
        <source>|dr_+|</source>
        <translation>|dr_+|</translation>
    </message>
    <message>
        <source>black: dr+ (centre of mass)</source>
        <translation>black: dr+ (centre of mass)</translation>
    </message>
    <message>
        <source>vermillion: dr- (relative)</source>
        <translation>vermillion: dr- (relative)</translation>
    </message>
    <message>
        <source>   arrows x%1</source>
        <translation>   arrows x%1</translation>
    </message>
    <message>
        <source>your γ_τ</source>
        <translation>你的 γ_τ</translation>
    </message>
    <message>
        <source>your T (T_g, T_m not set)</source>
        <translation>你的 T（未设定 T_g、T_m）</translation>
    </message>
    <message>
        <source>γ_τ (schematic)</source>
        <translation>γ_τ（示意）</translation>
    </message>
    <message>
        <source>your γ_τ(T)</source>
        <translation>你的 γ_τ(T)</translation>
    </message>
    <message>
        <source>γ_τ = τ_+/τ_−</source>
        <translation>γ_τ = τ_+/τ_−</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tx Workbench: the crossover temperature of supercooled liquids</source>
        <translation>Tx Workbench：过冷液体的转变温度</translation>
    </message>
    <message>
        <source>ensemble folder, manifest.json or session.txw</source>
        <translation>系综文件夹、manifest.json 或 session.txw</translation>
    </message>
    <message>
        <source>open the bundled Kob-Andersen demo ensemble</source>
        <translation>打开内置的 Kob-Andersen 演示系综</translation>
    </message>
    <message>
        <source>language: en or zh_CN</source>
        <translation>语言：en 或 zh_CN</translation>
    </message>
    <message>
        <source>save a picture of the window when results are ready, then quit</source>
        <translation>结果就绪后保存窗口截图并退出</translation>
    </message>
    <message>
        <source>write the PDF report when results are ready (with --grab: before the picture), then quit</source>
        <translation>结果就绪后写出 PDF 报告（与 --grab 同用时先于截图），然后退出</translation>
    </message>
    <message>
        <source>open one of the bundled demos: ka or cuzr</source>
        <translation>打开一个自带示例：ka 或 cuzr</translation>
    </message>
    <message>
        <source>the same as --report</source>
        <translation>与 --report 相同</translation>
    </message>
    <message>
        <source>the report&apos;s paper: a4 (default) or letter</source>
        <translation>报告纸张：a4（默认）或 letter</translation>
    </message>
    <message>
        <source>write every page&apos;s figure into this folder as &lt;page id&gt;.&lt;format&gt; when results are ready, then quit</source>
        <translation>结果就绪后，将每个页面的图写入此文件夹（&lt;页面 id&gt;.&lt;格式&gt;），然后退出</translation>
    </message>
    <message>
        <source>figure formats: pdf,svg,png (default pdf)</source>
        <translation>图的格式：pdf,svg,png（默认 pdf）</translation>
    </message>
    <message>
        <source>figure font size in points (default 8)</source>
        <translation>图的字号（磅，默认 8）</translation>
    </message>
    <message>
        <source>figure size: single (86 mm), double (178 mm), slide (254 mm, 16:9) or WIDTHxHEIGHT in mm (the height of one row of panels); default single</source>
        <translation>图尺寸：single（86 mm）、double（178 mm）、slide（254 mm，16:9）或 宽x高（mm，一行子图的高度）；默认 single</translation>
    </message>
    <message>
        <source>the figures --export-figures writes: page ids, comma-separated, each with the letters of the panels to draw if not all (structure:b writes structure-b.pdf); default every page but the 3D view, whose PNG needs OpenGL: a display or xvfb-run</source>
        <translation>--export-figures 写出的图：页面 id，以逗号分隔，若不是全部子图则附上子图字母（structure:b 写出 structure-b.pdf）；默认除 3D 视图外的所有页面（其 PNG 需要 OpenGL：显示器或 xvfb-run）</translation>
    </message>
    <message>
        <source>print when the first result and all results were drawn (seconds since the start; the open-to-first-result benchmark), then quit</source>
        <translation>打印第一个结果和全部结果绘出的时间（自启动起的秒数；“打开到首个结果”基准测试），然后退出</translation>
    </message>
    <message>
        <source>the window&apos;s size in pixels, e.g. 1366x768 (screenshots, small screens)</source>
        <translation>窗口大小（像素），例如 1366x768（截图、小屏幕）</translation>
    </message>
    <message>
        <source>start in lecture mode: large type, thick lines, no side panels</source>
        <translation>以授课模式启动：大字号、粗线条、不显示侧栏</translation>
    </message>
    <message>
        <source>start the guided tour at this step (1 is the first); the tour also starts by itself the first time</source>
        <translation>从第几步开始导览（1 为第一步）；首次启动时导览也会自动开始</translation>
    </message>
    <message>
        <source>show this page first: its id (%1) or its 0-based index</source>
        <translation>首先显示此页面：其标识（%1）或从 0 开始的序号</translation>
    </message>
</context>
<context>
    <name>tx::app::AnalysisRunner</name>
    <message>
        <source>%1 is required: %2</source>
        <translation>需要 %1：%2</translation>
    </message>
</context>
<context>
    <name>tx::app::CorrelatorsPage</name>
    <message>
        <source>Correlators</source>
        <translation>关联函数</translation>
    </message>
    <message>
        <source>all atoms</source>
        <translation>全部原子</translation>
    </message>
    <message>
        <source>all pairs</source>
        <translation>全部原子对</translation>
    </message>
    <message>
        <source>species %1</source>
        <translation>组元 %1</translation>
    </message>
    <message>
        <source>type pair %1</source>
        <translation>类型对 %1</translation>
    </message>
    <message>
        <source>The q of the scattering functions (F_s, F_+, F_−), from the q list; Q(t) does not depend on q</source>
        <translation>散射函数（F_s、F_+、F_−）所用的 q，取自 q 列表；Q(t) 与 q 无关</translation>
    </message>
</context>
<context>
    <name>tx::app::DispersionPage</name>
    <message>
        <source>Dispersion over q</source>
        <translation>随 q 的色散</translation>
    </message>
    <message>
        <source>τ(q), γ(q)</source>
        <translation>τ(q)、γ(q)</translation>
    </message>
    <message>
        <source>Give more than one q (the q list under Pairs and reading, or tx-analyze --q 7.25,5.0,9.0) to see how τ_α and γ_τ depend on q: every q comes from the same pass over the trajectories.</source>
        <translation>给出多个 q（“原子对与读取”中的 q 列表，或 tx-analyze --q 7.25,5.0,9.0），即可看到 τ_α 和 γ_τ 如何随 q 变化：所有 q 都来自对轨迹的同一次遍历。</translation>
    </message>
    <message>
        <source>(a) α relaxation time τ_α against q per temperature; (b) γ_τ = τ_+/τ_− against q, all from one pass over the trajectories</source>
        <translation>(a) 各温度的 α 弛豫时间 τ_α 随 q 的变化；(b) γ_τ = τ_+/τ_− 随 q 的变化，均来自对轨迹的同一次遍历</translation>
    </message>
</context>
<context>
    <name>tx::app::GlassTransitionPage</name>
    <message>
        <source>Glass transition</source>
        <translation>玻璃化转变</translation>
    </message>
    <message>
        <source>glass</source>
        <translation>玻璃</translation>
    </message>
    <message>
        <source>liquid</source>
        <translation>液体</translation>
    </message>
    <message>
        <source>T_g from the cooling log: lines through the glass and liquid branches</source>
        <translation>由降温日志求 T_g：穿过玻璃支和液体支的直线</translation>
    </message>
    <message>
        <source>T_g</source>
        <translation>T_g</translation>
    </message>
</context>
<context>
    <name>tx::app::GuidedTour</name>
    <message>
        <source>Load an ensemble</source>
        <translation>载入系综</translation>
    </message>
    <message>
        <source>The tree on the left is the ensemble: temperatures × replicas × segments, read from a folder (File → Open, or drop the folder on the window). The tour opened the bundled Kob–Andersen demo. Untick a replica to leave it out: every result follows.</source>
        <translation>左侧的树就是系综：温度 × 副本 × 片段，从一个文件夹读入（文件 → 打开，或把文件夹拖到窗口上）。导览已打开自带的 Kob–Andersen 示例。取消勾选某个副本即可将其排除：所有结果随之更新。</translation>
    </message>
    <message>
        <source>Correlators</source>
        <translation>关联函数</translation>
    </message>
    <message>
        <source>F_s(q, t) of single atoms, and F_+ and F_− of nearest-neighbour pairs: the centre of mass and the relative coordinate of each pair. Each decays with its own time, τ_+ and τ_−. The choice above the plot switches the channel; hover over a curve to read a value and its error.</source>
        <translation>单原子的 F_s(q, t)，以及最近邻原子对的 F_+ 和 F_−：每对原子的质心坐标与相对坐标。二者各以自己的时间 τ_+ 和 τ_− 衰减。图上方的选择框切换通道；把鼠标悬停在曲线上即可读出数值及其误差。</translation>
    </message>
    <message>
        <source>γ_τ(T) and T_x</source>
        <translation>γ_τ(T) 与 T_x</translation>
    </message>
    <message>
        <source>γ_τ = τ_+/τ_− against temperature. On cooling it first falls (liquid-like) and then rises (solid-like); its minimum is the crossover temperature T_x, with a bootstrap error. The table below gives each temperature with its error, and a flag where the data cannot support it.</source>
        <translation>γ_τ = τ_+/τ_− 随温度的变化。降温时它先下降（类液体），再上升（类固体）；其极小值即交叉温度 T_x，附有自助法误差。下方表格给出每个温度及其误差，数据不足以支撑时会加上标记。</translation>
    </message>
    <message>
        <source>Drag the T_x window</source>
        <translation>拖动 T_x 窗口</translation>
    </message>
    <message>
        <source>The shaded band on the γ_τ plot is the window of temperatures the minimum is fitted over. Drag either edge with the mouse: T_x, its error and this table follow at once. Edit → Undo takes a drag back.</source>
        <translation>γ_τ 图上的阴影带是拟合极小值所用的温度窗口。用鼠标拖动任一边缘：T_x、其误差和本表格会立即随之更新。编辑 → 撤销可以撤回一次拖动。</translation>
    </message>
    <message>
        <source>The 3D view</source>
        <translation>三维视图</translation>
    </message>
    <message>
        <source>One segment in 3D: atoms coloured by how far they moved, pairs by their relative motion, on one colour scale for all lags. Tick the arrows to see, for a few pairs, the centre-of-mass displacement Δr_+ (black) and the relative one Δr_− (vermillion); click a pair, follow it, and press Play.</source>
        <translation>三维显示一个片段：原子按移动距离着色，原子对按相对运动着色，所有时间间隔使用同一色标。勾选箭头即可看到若干原子对的质心位移 Δr_+（黑色）和相对位移 Δr_−（朱红色）；点击一个原子对，跟踪它，然后按“播放”。</translation>
    </message>
    <message>
        <source>Four paths</source>
        <translation>四条路径</translation>
    </message>
    <message>
        <source>Where your γ_τ(T) lies among the paper&apos;s four paths from the liquid to the glass, in plain words. View → Lecture mode makes everything large for a projector; Help → Tour shows this tour again.</source>
        <translation>用浅显的语言说明你的 γ_τ(T) 落在论文中从液体到玻璃的四条路径中的哪一条。视图 → 讲课模式把一切放大以便投影；帮助 → 导览可再次显示本导览。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Tour: step %1 of %2</source>
        <translation>导览：第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>tx::app::MainWindow</name>
    <message>
        <source>Tx Workbench</source>
        <translation>Tx Workbench</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Open an ensemble folder (File → Open), drop one here, or open the demo (Help → Demo ensemble)</source>
        <translation>打开系综文件夹（文件 → 打开），拖放到此处，或打开演示（帮助 → 演示系综）</translation>
    </message>
    <message>
        <source>Ensemble and parameters</source>
        <translation>系综与参数</translation>
    </message>
    <message>
        <source>Exclude or include data</source>
        <translation>排除或包含数据</translation>
    </message>
    <message>
        <source>Change parameters</source>
        <translation>更改参数</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Move fit window</source>
        <translation>移动拟合窗口</translation>
    </message>
    <message>
        <source>Tx Workbench — %1</source>
        <translation>Tx Workbench — %1</translation>
    </message>
    <message>
        <source>%1: %2 %, about %3 s left</source>
        <translation>%1：%2 %，约剩 %3 秒</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message numerus="yes">
        <source>%n temperature(s) analysed</source>
        <translation>
            <numerusform>已分析 %n 个温度</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Selected T = %1</source>
        <translation>已选择 T = %1</translation>
    </message>
    <message>
        <source>No results to export yet</source>
        <translation>尚无可导出的结果</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read and were left out (see the tree)</source>
        <translation>
            <numerusform>%n 个文件无法读取，已排除（见树状列表）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; the previous results are kept and the panel shows their parameters</source>
        <translation>已取消；保留先前的结果，参数面板显示其参数</translation>
    </message>
    <message>
        <source>%1 atoms, %2 species, %3 frames per segment; length %4, time %5</source>
        <translation>%1 个原子，%2 种组元，每段 %3 帧；长度 %4，时间 %5</translation>
    </message>
    <message>
        <source>varying numbers of</source>
        <translation>数目不等的</translation>
    </message>
    <message>
        <source>Kob–Andersen 80:20</source>
        <translation>Kob–Andersen 80:20</translation>
    </message>
    <message>
        <source>Cu50Zr50 (metallic glass)</source>
        <translation>Cu50Zr50（金属玻璃）</translation>
    </message>
    <message>
        <source>Tx Workbench — demo: %1</source>
        <translation>Tx Workbench — 示例：%1</translation>
    </message>
    <message>
        <source>No page &apos;%1&apos;; the pages are %2</source>
        <translation>没有页面“%1”；页面有 %2</translation>
    </message>
    <message>
        <source>The 3D view exports PNG pictures only</source>
        <translation>3D 视图只能导出 PNG 图片</translation>
    </message>
    <message>
        <source>The page &apos;%1&apos; has no figure</source>
        <translation>页面“%1”没有图</translation>
    </message>
    <message>
        <source>The 3D view needs OpenGL, which the platform &apos;%1&apos; does not offer: export it with a display or under Xvfb (xvfb-run -a tx-workbench …)</source>
        <translation>3D 视图需要 OpenGL，平台“%1”不提供：请在有显示器或 Xvfb 下导出（xvfb-run -a tx-workbench …）</translation>
    </message>
    <message>
        <source>The page &apos;%1&apos; has panels a to %2</source>
        <translation>页面“%1”的子图为 a 到 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: no panel letters after the colon</source>
        <translation>“%1”：冒号后没有子图字母</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the page &apos;%2&apos; has one panel; name it without letters</source>
        <translation>“%1”：页面“%2”只有一个子图；请不带字母指定</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the page &apos;%2&apos; has panels a to %3</source>
        <translation>“%1”：页面“%2”的子图为 a 到 %3</translation>
    </message>
    <message>
        <source>reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
</context>
<context>
    <name>tx::app::MsdPage</name>
    <message>
        <source>MSD and α₂</source>
        <translation>均方位移与 α₂</translation>
    </message>
    <message>
        <source>(a) Mean squared displacement per temperature; (b) non-Gaussian parameter α_2(t)</source>
        <translation>(a) 各温度的均方位移；(b) 非高斯参数 α_2(t)</translation>
    </message>
    <message>
        <source>MSD, α₂</source>
        <translation>MSD、α₂</translation>
    </message>
</context>
<context>
    <name>tx::app::Pages</name>
    <message>
        <source>γ_τ(T) and T_x</source>
        <translation>γ_τ(T) 与 T_x</translation>
    </message>
    <message>
        <source>γ_τ(T) with T_x, T_c, T_b (LLL above T_x, SLL below)</source>
        <translation>γ_τ(T) 及 T_x、T_c、T_b（T_x 以上为 LLL，以下为 SLL）</translation>
    </message>
    <message>
        <source>Stokes–Einstein and T_b</source>
        <translation>Stokes–Einstein 关系与 T_b</translation>
    </message>
    <message>
        <source>Stokes–Einstein: D·τ_α with the high-T line and T_b</source>
        <translation>Stokes–Einstein：D·τ_α、高温直线与 T_b</translation>
    </message>
    <message>
        <source>Mode coupling and T_c</source>
        <translation>模耦合与 T_c</translation>
    </message>
    <message>
        <source>Mode coupling: τ_α = A (T − T_c)^−ν</source>
        <translation>模耦合：τ_α = A (T − T_c)^−ν</translation>
    </message>
    <message>
        <source>The paper&apos;s Table I (%1):</source>
        <translation>论文表 I（%1）：</translation>
    </message>
    <message>
        <source>Tian et al., Table I, for reference: T_c fitted above 1.2 T_g; their T_x lies close to T_c and T_b in every system, on path P_IV</source>
        <translation>Tian 等人的表 I，供参考：T_c 在 1.2 T_g 以上拟合；在所有体系中其 T_x 都接近 T_c 和 T_b，沿路径 P_IV</translation>
    </message>
    <message>
        <source>γ_τ, T_x</source>
        <translation>γ_τ、T_x</translation>
    </message>
    <message>
        <source>SE, T_b</source>
        <translation>SE、T_b</translation>
    </message>
    <message>
        <source>MCT, T_c</source>
        <translation>MCT、T_c</translation>
    </message>
</context>
<context>
    <name>tx::app::PairMobilityPage</name>
    <message>
        <source>3D pair mobility</source>
        <translation>三维原子对迁移率</translation>
    </message>
    <message>
        <source>The 3D view needs OpenGL, which this platform (%1) does not offer.</source>
        <translation>三维视图需要 OpenGL，而当前平台（%1）不提供。</translation>
    </message>
    <message>
        <source>3D</source>
        <translation>三维</translation>
    </message>
</context>
<context>
    <name>tx::app::RelaxationTimesPage</name>
    <message>
        <source>Relaxation times</source>
        <translation>弛豫时间</translation>
    </message>
    <message>
        <source>against 1/T</source>
        <translation>对 1/T 作图</translation>
    </message>
    <message>
        <source>Relaxation times τ_α, τ_+, τ_−</source>
        <translation>弛豫时间 τ_α、τ_+、τ_−</translation>
    </message>
    <message>
        <source>τ(T)</source>
        <translation>τ(T)</translation>
    </message>
</context>
<context>
    <name>tx::app::StructurePage</name>
    <message>
        <source>Structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>(a) Structure factor S(q) with the q of the correlators; (b) radial distribution g(r) with r_c</source>
        <translation>(a) 结构因子 S(q) 及关联函数所用的 q；(b) 径向分布函数 g(r) 及 r_c</translation>
    </message>
    <message>
        <source>Only what the automatic q and r_c need was summed: S(q) from q = %1 to %2 (around its first peak) and g(r) up to r = %3. For the whole of both, tick “S(q) and g(r) whole” under Pairs and reading and apply.</source>
        <translation>只计算了自动选取 q 和 r_c 所需的部分：S(q) 从 q = %1 到 %2（第一峰附近），g(r) 到 r = %3。若需完整的两者，请在“粒子对与读取”中勾选“完整的 S(q) 和 g(r)”并应用。</translation>
    </message>
</context>
<context>
    <name>tx::app::TeachingPage</name>
    <message>
        <source>Teaching: four paths</source>
        <translation>教学：四种路径</translation>
    </message>
    <message>
        <source>Teaching</source>
        <translation>教学</translation>
    </message>
    <message>
        <source>Your data: &lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;small&gt;(%3)&lt;/small&gt;</source>
        <translation>您的数据：&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;&lt;small&gt;（%3）&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Four possible paths from the liquid to the glass&lt;/b&gt; (paper, Fig. 1). γ&lt;sub&gt;τ&lt;/sub&gt; = τ&lt;sub&gt;+&lt;/sub&gt;/τ&lt;sub&gt;−&lt;/sub&gt; falls on cooling in a &lt;span style=&apos;color:#dc3232&apos;&gt;liquid-like supercooled liquid (LLL)&lt;/span&gt;, where neighbours bind more strongly, and rises on cooling in a &lt;span style=&apos;color:#28a046&apos;&gt;solid-like one (SLL)&lt;/span&gt;, where one atom of a pair is often caged. P&lt;sub&gt;I&lt;/sub&gt;: a jump at T&lt;sub&gt;m&lt;/sub&gt; straight into SLL. P&lt;sub&gt;II&lt;/sub&gt;: LLL all the way down to T&lt;sub&gt;g&lt;/sub&gt;. P&lt;sub&gt;III&lt;/sub&gt;: a jump from LLL to SLL at T&lt;sub&gt;x&lt;/sub&gt;. P&lt;sub&gt;IV&lt;/sub&gt;: a smooth crossover at T&lt;sub&gt;x&lt;/sub&gt;, the minimum of γ&lt;sub&gt;τ&lt;/sub&gt; — what the paper finds for Al, Cu&lt;sub&gt;50&lt;/sub&gt;Zr&lt;sub&gt;50&lt;/sub&gt; and KA. The schematics are in arbitrary units; your γ&lt;sub&gt;τ&lt;/sub&gt;(T) is drawn in black on an axis of its own (right), against (T − T&lt;sub&gt;g&lt;/sub&gt;)/(T&lt;sub&gt;m&lt;/sub&gt; − T&lt;sub&gt;g&lt;/sub&gt;) when T&lt;sub&gt;g&lt;/sub&gt; and T&lt;sub&gt;m&lt;/sub&gt; are known (the verdict below says where from), else against your own temperatures (top axis).</source>
        <translation>&lt;b&gt;从液体到玻璃的四种可能路径&lt;/b&gt;（论文图 1）。在&lt;span style=&apos;color:#dc3232&apos;&gt;类液过冷液体（LLL）&lt;/span&gt;中，近邻结合增强，γ&lt;sub&gt;τ&lt;/sub&gt; = τ&lt;sub&gt;+&lt;/sub&gt;/τ&lt;sub&gt;−&lt;/sub&gt; 随降温而减小；在&lt;span style=&apos;color:#28a046&apos;&gt;类固过冷液体（SLL）&lt;/span&gt;中，原子对中常有一个原子被笼困，γ&lt;sub&gt;τ&lt;/sub&gt; 随降温而增大。P&lt;sub&gt;I&lt;/sub&gt;：在 T&lt;sub&gt;m&lt;/sub&gt; 处直接跃变为 SLL。P&lt;sub&gt;II&lt;/sub&gt;：一直保持 LLL 直到 T&lt;sub&gt;g&lt;/sub&gt;。P&lt;sub&gt;III&lt;/sub&gt;：在 T&lt;sub&gt;x&lt;/sub&gt; 处由 LLL 跃变为 SLL。P&lt;sub&gt;IV&lt;/sub&gt;：在 T&lt;sub&gt;x&lt;/sub&gt;（γ&lt;sub&gt;τ&lt;/sub&gt; 的极小值）处平滑转变——论文在 Al、Cu&lt;sub&gt;50&lt;/sub&gt;Zr&lt;sub&gt;50&lt;/sub&gt; 和 KA 中发现的正是这种路径。示意图为任意单位；你的 γ&lt;sub&gt;τ&lt;/sub&gt;(T) 用黑色画在它自己的坐标轴（右侧）上：已知 T&lt;sub&gt;g&lt;/sub&gt; 和 T&lt;sub&gt;m&lt;/sub&gt; 时横轴为 (T − T&lt;sub&gt;g&lt;/sub&gt;)/(T&lt;sub&gt;m&lt;/sub&gt; − T&lt;sub&gt;g&lt;/sub&gt;)（下方结论说明其来源），否则横轴为你自己的温度（上方坐标轴）。</translation>
    </message>
</context>
<context>
    <name>tx::app::WorkbenchMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open ensemble…</source>
        <translation>打开系综(&amp;O)…</translation>
    </message>
    <message>
        <source>Open ensemble folder</source>
        <translation>打开系综文件夹</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Tx Workbench sessions (*.txw)</source>
        <translation>Tx Workbench 会话 (*.txw)</translation>
    </message>
    <message>
        <source>&amp;Save session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;figure…</source>
        <translation>导出图形(&amp;F)…</translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <source>Figures (*.pdf *.svg *.png)</source>
        <translation>图形 (*.pdf *.svg *.png)</translation>
    </message>
    <message>
        <source>Export &amp;data (CSV, JSON)…</source>
        <translation>导出数据(&amp;D)（CSV、JSON）…</translation>
    </message>
    <message>
        <source>Export data into folder</source>
        <translation>将数据导出到文件夹</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy results</source>
        <translation>复制结果(&amp;C)</translation>
    </message>
    <message>
        <source>Reset fit windows</source>
        <translation>重置拟合窗口</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes when Tx Workbench starts next time.</source>
        <translation>语言将在下次启动 Tx Workbench 时更改。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Teaching: the four paths</source>
        <translation>教学：四种路径(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>About Tx Workbench</source>
        <translation>关于 Tx Workbench</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tx Workbench&lt;/b&gt; %1&lt;br&gt;Relaxation of nearest-neighbour pairs and the crossover temperature T_x of supercooled liquids.&lt;br&gt;GPL-3.0-or-later. Plots by QCustomPlot.</source>
        <translation>&lt;b&gt;Tx Workbench&lt;/b&gt; %1&lt;br&gt;近邻原子对的弛豫与过冷液体的转变温度 T_x。&lt;br&gt;GPL-3.0-or-later 许可。绘图使用 QCustomPlot。</translation>
    </message>
    <message>
        <source>Show a trajectory file in &amp;3D…</source>
        <translation>在三维视图中显示轨迹文件(&amp;3)…</translation>
    </message>
    <message>
        <source>3D pair mobility</source>
        <translation>三维原子对迁移率</translation>
    </message>
    <message>
        <source>The 3D view needs OpenGL, which this platform does not offer.</source>
        <translation>三维视图需要 OpenGL，而此平台不提供。</translation>
    </message>
    <message>
        <source>Show a trajectory file in 3D</source>
        <translation>在三维视图中显示轨迹文件</translation>
    </message>
    <message>
        <source>Trajectories (%1)</source>
        <translation>轨迹 (%1)</translation>
    </message>
    <message>
        <source>Demo ensemble: %1</source>
        <translation>示例系综：%1</translation>
    </message>
    <message>
        <source>Picture (*.png)</source>
        <translation>图片 (*.png)</translation>
    </message>
    <message>
        <source>Figure written to %1</source>
        <translation>图已写入 %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Open s&amp;ession…</source>
        <translation>打开会话(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export re&amp;port (PDF)…</source>
        <translation>导出报告 (PDF)(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Reset fit &amp;windows</source>
        <translation>重置拟合窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>下一页(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Lecture mode</source>
        <translation>授课模式(&amp;L)</translation>
    </message>
    <message>
        <source>T&amp;our</source>
        <translation>导览(&amp;O)</translation>
    </message>
</context>
<context>
    <name>tx::core::sentence</name>
    <message>
        <source>user</source>
        <translation>用户给定</translation>
    </message>
    <message>
        <source>first peak of %1</source>
        <translation>%1 的第一峰</translation>
    </message>
    <message>
        <source>first minimum of g(r)</source>
        <translation>g(r) 的第一极小值</translation>
    </message>
    <message>
        <source>%1 could be found on only %2 of %3 bootstrap resamples</source>
        <translation>%1 仅在 %3 次自助重抽样中的 %2 次中求得</translation>
    </message>
    <message>
        <source>the bootstrap spread of %1 (%2) is wider than the temperature spacing there (%3): the data do not pin it down</source>
        <translation>%1 的自助法离散度（%2）大于该处的温度间隔（%3）：数据无法确定它</translation>
    </message>
    <message>
        <source>the bootstrap values of %1 fall into two groups (bimodality coefficient %2): two answers are about as likely</source>
        <translation>%1 的自助法取值分为两组（双峰系数 %2）：两个答案的可能性相近</translation>
    </message>
    <message>
        <source>%1 at T = %2 rests on a KWW extrapolation of τ</source>
        <translation>%1 在 T = %2 处依赖于 τ 的 KWW 外推</translation>
    </message>
    <message>
        <source>%1 at T = %2 is missing because a tau there is only a lower bound (F did not reach 1/e within the run), so those temperatures are left out of the fit; run them longer</source>
        <translation>%1 在 T = %2 处缺失，因为那里的 τ 只是一个下限（F 在模拟时长内未降到 1/e），这些温度未参与拟合；请延长这些模拟</translation>
    </message>
    <message>
        <source>the smallest γ_τ is at the coldest temperature of the window (T = %1): T_x is that temperature, and the true minimum may lie outside the data</source>
        <translation>最小的 γ_τ 位于窗口中最低的温度（T = %1）：T_x 即取该温度，真正的极小值可能在数据范围之外</translation>
    </message>
    <message>
        <source>the smallest γ_τ is at the hottest temperature of the window (T = %1): T_x is that temperature, and the true minimum may lie outside the data</source>
        <translation>最小的 γ_τ 位于窗口中最高的温度（T = %1）：T_x 即取该温度，真正的极小值可能在数据范围之外</translation>
    </message>
    <message>
        <source>fewer than two temperatures on the colder side of the minimum of γ_τ: simulate below %1</source>
        <translation>γ_τ 极小值的低温一侧少于两个温度：请在 %1 以下模拟</translation>
    </message>
    <message>
        <source>fewer than two temperatures on the hotter side of the minimum of γ_τ: simulate above %1</source>
        <translation>γ_τ 极小值的高温一侧少于两个温度：请在 %1 以上模拟</translation>
    </message>
    <message>
        <source>between T = %1 and %2, a gap of %3 (%4 times the median spacing %5)</source>
        <translation>在 T = %1 与 %2 之间，间隔为 %3（中位间隔 %5 的 %4 倍）</translation>
    </message>
    <message>
        <source>T_x = %1 lies %2: the parabola there is not data; simulate in between</source>
        <translation>T_x = %1 位于%2：那里的抛物线并非数据；请在其间补充模拟</translation>
    </message>
    <message>
        <source>the minimum of γ_τ at T = %1 borders a gap %2</source>
        <translation>γ_τ 在 T = %1 处的极小值邻接一个间隙：%2</translation>
    </message>
    <message>
        <source>only 3 temperatures with γ_τ in the window: the parabola passes through all of them, so nothing checks its shape</source>
        <translation>窗口内只有 3 个带 γ_τ 的温度：抛物线穿过所有点，因此无法检验其形状</translation>
    </message>
    <message>
        <source>no window [T_i, %1 T_i] held 3 temperatures with a good fit on this grid, so the windows were widened to [T_i, %2 T_i]: simulate temperatures closer together</source>
        <translation>在此温度网格上，没有任何窗口 [T_i, %1 T_i] 包含 3 个拟合良好的温度，因此窗口被放宽到 [T_i, %2 T_i]：请模拟更密的温度</translation>
    </message>
    <message>
        <source>the power law A (T - T_c)^-nu has 3 parameters and is fitted to %1 temperatures (%2): it passes through them, so nothing checks it</source>
        <translation>幂律 A (T - T_c)^-nu 有 3 个参数，却只拟合了 %1 个温度（%2）：曲线穿过所有点，因此无从检验</translation>
    </message>
    <message>
        <source>the fit window holds a gap %1</source>
        <translation>拟合窗口中有一个间隙：%1</translation>
    </message>
    <message>
        <source>the SE line is fitted to %1 temperatures (%2)</source>
        <translation>SE 直线只用 %1 个温度拟合（%2）</translation>
    </message>
    <message>
        <source>T_b = %1 lies inside the window of its own SE line %2: the line was fitted partly to the breakdown it is meant to detect; choose a line window above T_b</source>
        <translation>T_b = %1 位于其自身 SE 直线的窗口 %2 之内：该直线部分拟合到了它本应检测的破坏上；请选择高于 T_b 的直线窗口</translation>
    </message>
    <message>
        <source>T_b = %1 lies %2: the crossing is an interpolation over no data</source>
        <translation>T_b = %1 位于%2：该交点是在无数据处的插值</translation>
    </message>
    <message>
        <source>the largest step of γ_τ, which decides the path, spans a gap %1: simulate in between</source>
        <translation>决定路径的 γ_τ 最大跳变跨越了一个间隙：%1；请在其间补充模拟</translation>
    </message>
    <message>
        <source>the path is judged between T_g and T_m, both from the %1 preset, not from your data</source>
        <translation>路径在 T_g 与 T_m 之间判定，二者均取自 %1 预设，而非你的数据</translation>
    </message>
    <message>
        <source>the path is judged between T_g and T_m, T_g from the %1 preset, not from your data</source>
        <translation>路径在 T_g 与 T_m 之间判定，其中 T_g 取自 %1 预设，而非你的数据</translation>
    </message>
    <message>
        <source>the path is judged between T_g and T_m, T_m from the %1 preset, not from your data</source>
        <translation>路径在 T_g 与 T_m 之间判定，其中 T_m 取自 %1 预设，而非你的数据</translation>
    </message>
    <message>
        <source>only 3 temperatures with γ_τ between T_g and T_m</source>
        <translation>T_g 与 T_m 之间只有 3 个带 γ_τ 的温度</translation>
    </message>
    <message>
        <source>the bootstrap resamples give another path (%1 among them) %2 times in %3</source>
        <translation>自助重抽样在 %3 次中有 %2 次给出其他路径（其中有 %1）</translation>
    </message>
    <message>
        <source>T_g = %1 is the %2 preset, an approximate literature value, not from your data; T_g depends on the cooling rate: give your own with --tg</source>
        <translation>T_g = %1 是 %2 预设值，为近似的文献值，并非来自你的数据；T_g 取决于冷却速率：请用 --tg 给出你自己的值</translation>
    </message>
    <message>
        <source>the glass line rests on %1 rows of the log: write thermo output more often (thermo N) or widen its window</source>
        <translation>玻璃直线仅基于日志中的 %1 行：请更频繁地输出 thermo（thermo N）或放宽其窗口</translation>
    </message>
    <message>
        <source>the liquid line rests on %1 rows of the log: write thermo output more often (thermo N) or widen its window</source>
        <translation>液体直线仅基于日志中的 %1 行：请更频繁地输出 thermo（thermo N）或放宽其窗口</translation>
    </message>
    <message>
        <source>the two lines cross at %1, outside the temperatures of the run (%2): there are no data there</source>
        <translation>两条直线相交于 %1，在该次运行的温度范围（%2）之外：那里没有数据</translation>
    </message>
    <message>
        <source>T_g = %1 lies inside the window of the glass line: that line was fitted partly to the bend; move the window away from T_g</source>
        <translation>T_g = %1 位于玻璃直线的窗口之内：该直线部分拟合到了转折处；请把窗口移离 T_g</translation>
    </message>
    <message>
        <source>T_g = %1 lies inside the window of the liquid line: that line was fitted partly to the bend; move the window away from T_g</source>
        <translation>T_g = %1 位于液体直线的窗口之内：该直线部分拟合到了转折处；请把窗口移离 T_g</translation>
    </message>
    <message>
        <source>T_g moves by %1 when the automatic windows stop 5 % or 20 % of the range short of the bend instead of 10 %, more than twice its bootstrap error: the bend is broad (fast cooling?); choose the windows yourself</source>
        <translation>当自动窗口在距转折处 5 % 或 20 %（而非 10 %）的范围处截止时，T_g 移动 %1，超过其自助法误差的两倍：转折较宽（冷却过快？）；请自行选择窗口</translation>
    </message>
    <message>
        <source>the liquid and glass slopes of %1 differ by only %2 standard errors: the log shows no clear bend (cool further, or over a wider range)</source>
        <translation>%1 的液体斜率与玻璃斜率仅相差 %2 个标准误差：日志中没有明显的转折（请继续降温，或在更宽的范围内降温）</translation>
    </message>
    <message>
        <source>the two lines cross on fewer than half of the resamples</source>
        <translation>两条直线在不到一半的重抽样中相交</translation>
    </message>
    <message>
        <source>the bootstrap distribution of T_g is bimodal</source>
        <translation>T_g 的自助分布呈双峰</translation>
    </message>
    <message>
        <source>fewer than %1 rows (or one temperature) in the glass window %2</source>
        <translation>玻璃窗口 %2 中少于 %1 行（或只有一个温度）</translation>
    </message>
    <message>
        <source>fewer than %1 rows (or one temperature) in the liquid window %2</source>
        <translation>液体窗口 %2 中少于 %1 行（或只有一个温度）</translation>
    </message>
    <message>
        <source>the glass and liquid lines are parallel</source>
        <translation>玻璃直线与液体直线平行</translation>
    </message>
    <message>
        <source>the glass and liquid lines do not cross</source>
        <translation>玻璃直线与液体直线不相交</translation>
    </message>
    <message>
        <source>the run&apos;s %1 rows cannot hold a glass and a liquid branch: give both windows</source>
        <translation>该次运行的 %1 行不足以容纳玻璃支和液体支：请给出两个窗口</translation>
    </message>
    <message>
        <source>fewer than 3 temperatures with τ_α in %1</source>
        <translation>%1 内带 τ_α 的温度少于 3 个</translation>
    </message>
    <message>
        <source>τ_α does not grow on cooling in %1 (ν ≤ 0)</source>
        <translation>在 %1 内 τ_α 不随降温增长（ν ≤ 0）</translation>
    </message>
    <message>
        <source>fit error too large</source>
        <translation>拟合误差过大</translation>
    </message>
    <message>
        <source>no sliding window [T_i, w T_i] with w from %1 up to %2 holds 3 temperatures with a good power-law fit (choose a window with --tc-window)</source>
        <translation>没有任何滑动窗口 [T_i, w T_i]（w 从 %1 到 %2）包含 3 个幂律拟合良好的温度（请用 --tc-window 选择窗口）</translation>
    </message>
    <message>
        <source>fewer than 3 temperatures with D·τ_α in the high-T window</source>
        <translation>高温窗口内带 D·τ_α 的温度少于 3 个</translation>
    </message>
    <message>
        <source>D·τ_α stays within δ of the SE line down to the lowest temperature</source>
        <translation>直到最低温度，D·τ_α 都保持在 SE 直线的 δ 范围内</translation>
    </message>
    <message>
        <source>fewer than 3 temperatures with γ_τ</source>
        <translation>带 γ_τ 的温度少于 3 个</translation>
    </message>
    <message>
        <source>fewer than 3 temperatures with γ_τ in the window %1</source>
        <translation>窗口 %1 内带 γ_τ 的温度少于 3 个</translation>
    </message>
    <message>
        <source>no diffusive regime: fewer than 2 frames with MSD &gt; %1 and local slope d ln MSD / d ln t in [%2, %3]</source>
        <translation>没有扩散区：满足 MSD &gt; %1 且局部斜率 d ln MSD / d ln t 在 [%2, %3] 内的帧少于 2 个</translation>
    </message>
    <message>
        <source>fewer than 2 frames inside the chosen MSD window</source>
        <translation>所选 MSD 窗口内的帧少于 2 个</translation>
    </message>
    <message>
        <source>fewer than 4 frames with %1 &lt; F &lt; %2</source>
        <translation>满足 %1 &lt; F &lt; %2 的帧少于 4 个</translation>
    </message>
    <message>
        <source>the KWW fit did not converge to a physical stretched exponential</source>
        <translation>KWW 拟合未收敛到物理上合理的拉伸指数</translation>
    </message>
    <message>
        <source>fewer than 3 temperatures with γ_τ between T_g and T_m</source>
        <translation>T_g 与 T_m 之间带 γ_τ 的温度少于 3 个</translation>
    </message>
    <message>
        <source>largest step %1 (error %2, median of the others %3): a jump</source>
        <translation>最大跳变 %1（误差 %2，其余跳变的中位数 %3）：突变</translation>
    </message>
    <message>
        <source>largest step %1 (error %2, median of the others %3): smooth</source>
        <translation>最大跳变 %1（误差 %2，其余跳变的中位数 %3）：平滑</translation>
    </message>
    <message>
        <source>γ_τ rises on cooling at every temperature (no LLL); %1</source>
        <translation>γ_τ 在每个温度都随降温上升（无 LLL）；%1</translation>
    </message>
    <message>
        <source>γ_τ falls on cooling down to the lowest temperature (no SLL); %1</source>
        <translation>γ_τ 随降温一直下降到最低温度（无 SLL）；%1</translation>
    </message>
    <message>
        <source>minimum of γ_τ inside the range; %1</source>
        <translation>γ_τ 的极小值在范围之内；%1</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
    <message>
        <source>The path cannot be told yet: %1. Simulate more temperatures between T_g and T_m</source>
        <translation>尚无法判断路径：%1。请在 T_g 与 T_m 之间模拟更多温度</translation>
    </message>
    <message>
        <source>γ_τ rises on cooling at every temperature: the liquid is solid-like (SLL) all the way down, as if it jumped at T_m — path P_{I}, which the paper found for none of its three systems</source>
        <translation>γ_τ 在每个温度都随降温上升：液体一直是类固体（SLL），仿佛在 T_m 处发生了跳变——路径 P_{I}，论文的三个体系中没有一个属于此路径</translation>
    </message>
    <message>
        <source>γ_τ falls on cooling down to the lowest temperature: the liquid stays liquid-like (LLL), with no solid-like regime above T_g — path P_{II}, which the paper found for none of its three systems</source>
        <translation>γ_τ 随降温一直下降到最低温度：液体始终是类液体（LLL），在 T_g 以上没有类固体区——路径 P_{II}，论文的三个体系中没有一个属于此路径</translation>
    </message>
    <message>
        <source>γ_τ falls on cooling down to %1, then jumps up: liquid-like above, solid-like below, with a sudden change at the crossover — path P_{III}</source>
        <translation>γ_τ 随降温下降到 %1，然后跳升：其上为类液体，其下为类固体，在交叉处发生突变——路径 P_{III}</translation>
    </message>
    <message>
        <source>γ_τ falls on cooling down to %1, then rises smoothly: liquid-like above, solid-like below — path P_{IV}, as for all three systems in the paper (Al, Cu_{50}Zr_{50} and Kob–Andersen)</source>
        <translation>γ_τ 随降温下降到 %1，然后平滑上升：其上为类液体，其下为类固体——路径 P_{IV}，与论文中全部三个体系（Al、Cu_{50}Zr_{50} 和 Kob–Andersen）相同</translation>
    </message>
    <message>
        <source>T_x ≈ %1</source>
        <translation>T_x ≈ %1</translation>
    </message>
    <message>
        <source>its minimum</source>
        <translation>其极小值</translation>
    </message>
    <message>
        <source>%1 not set</source>
        <translation>%1 未设定</translation>
    </message>
    <message>
        <source>%1 = %2 (from your cooling log)</source>
        <translation>%1 = %2（来自你的冷却日志）</translation>
    </message>
    <message>
        <source>%1 = %2 (%3 preset, not from your data)</source>
        <translation>%1 = %2（%3 预设，并非来自你的数据）</translation>
    </message>
    <message>
        <source>%1 = %2 (given by you)</source>
        <translation>%1 = %2（由你给定）</translation>
    </message>
    <message>
        <source>no T_g or T_m is set: the path is judged over all your temperatures</source>
        <translation>未设定 T_g 或 T_m：路径在你的全部温度上判定</translation>
    </message>
    <message>
        <source>judged between %1 and %2</source>
        <translation>在 %1 与 %2 之间判定</translation>
    </message>
    <message>
        <source>T_x lies in a gap of the grid: a temperature in its middle decides where the minimum is</source>
        <translation>T_x 位于温度网格的间隙中：在其中点补一个温度即可确定极小值的位置</translation>
    </message>
    <message>
        <source>the minimum of γ_τ has too few temperatures on its colder side</source>
        <translation>γ_τ 极小值的低温一侧温度太少</translation>
    </message>
    <message>
        <source>the minimum of γ_τ has too few temperatures on its hotter side</source>
        <translation>γ_τ 极小值的高温一侧温度太少</translation>
    </message>
    <message>
        <source>the 95 % interval of T_x [%1, %2] ends between T = %3 and %4, where the grid has no temperature</source>
        <translation>T_x 的 95 % 区间 [%1, %2] 的端点落在 T = %3 与 %4 之间，那里的网格没有温度</translation>
    </message>
    <message>
        <source>the MCT fit has few points near T_c: another temperature at the cold end of its window pins the power law down</source>
        <translation>MCT 拟合在 T_c 附近的点很少：在其窗口低温端再加一个温度即可确定幂律</translation>
    </message>
    <message>
        <source>the breakdown of Stokes-Einstein is located between %1 and %2 only</source>
        <translation>Stokes-Einstein 破坏仅被定位在 %1 与 %2 之间</translation>
    </message>
    <message>
        <source>ln τ_α interpolated linearly in 1/T between T = %1 and %2</source>
        <translation>ln τ_α 在 T = %1 与 %2 之间按 1/T 线性插值</translation>
    </message>
    <message>
        <source>the fitted MCT law A (T − T_c)^{−ν}, T_c = %1 (an extrapolation; MCT overestimates τ near T_c)</source>
        <translation>拟合的 MCT 定律 A (T − T_c)^{−ν}，T_c = %1（外推；MCT 在 T_c 附近高估 τ）</translation>
    </message>
    <message>
        <source>below T_c of the MCT fit: no estimate</source>
        <translation>低于 MCT 拟合的 T_c：无法估计</translation>
    </message>
    <message>
        <source>below the data and no MCT fit: no estimate</source>
        <translation>低于数据范围且无 MCT 拟合：无法估计</translation>
    </message>
    <message>
        <source>the Arrhenius line through the two hottest temperatures</source>
        <translation>穿过两个最高温度的 Arrhenius 直线</translation>
    </message>
    <message>
        <source>too few temperatures with τ_α: no estimate</source>
        <translation>带 τ_α 的温度太少：无法估计</translation>
    </message>
    <message>
        <source>T = %1 for %2: %3; τ_α ~ %4 (%5)</source>
        <translation>T = %1，用于 %2：%3；τ_α ~ %4（%5）</translation>
    </message>
    <message>
        <source>T = %1 for %2: %3; %4</source>
        <translation>T = %1，用于 %2：%3；%4</translation>
    </message>
    <message>
        <source>%1; segments of at least %2 timesteps</source>
        <translation>%1；片段至少 %2 个时间步</translation>
    </message>
    <message>
        <source>%1:%2: atom id %3 jumps by more than half the box at timestep %4 in positions read as unwrapped: they are probably wrapped, and the MSD and every correlator would be wrong%5</source>
        <translation>%1:%2：原子 id %3 在时间步 %4 跳动超过半个盒子，而坐标按未折叠读取：它们很可能是折叠的，MSD 和所有关联函数都会出错%5</translation>
    </message>
    <message>
        <source>; check %1</source>
        <translation>；请检查 %1</translation>
    </message>
    <message>
        <source>%1:%2: atom id %3 moved more than a quarter box between frames; unwrapping wrapped coordinates is unreliable, dump xu yu zu or image flags instead</source>
        <translation>%1:%2：原子 id %3 在两帧之间移动超过四分之一个盒子；对折叠坐标展开不可靠，请改为输出 xu yu zu 或镜像标志</translation>
    </message>
    <message>
        <source>%1: boundaries &apos;%2&apos; are not periodic along %3; the analysis treats every side as periodic (minimum image), so pairs and moves across a non-periodic side are wrong</source>
        <translation>%1：边界 “%2” 在 %3 方向上不是周期性的；分析把每个方向都当作周期性的（最小镜像），因此跨越非周期边的原子对和位移是错误的</translation>
    </message>
    <message>
        <source>F_s(q,t): self</source>
        <translation>F_s(q,t)：自身</translation>
    </message>
    <message>
        <source>Q(t): overlap, Θ(a − |Δr|)</source>
        <translation>Q(t)：重叠，Θ(a − |Δr|)</translation>
    </message>
    <message>
        <source>F_+(q,t): pair centre of mass</source>
        <translation>F_+(q,t)：原子对质心</translation>
    </message>
    <message>
        <source>F_−(q,t): pair relative</source>
        <translation>F_−(q,t)：原子对相对坐标</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (the file ends inside this line: truncated?)</source>
        <translation>%1（文件在这一行中间结束：被截断了？）</translation>
    </message>
    <message>
        <source>unexpected end of file: expected %1 (truncated file?)</source>
        <translation>文件意外结束：应为%1（文件被截断？）</translation>
    </message>
    <message>
        <source>expected an integer %1</source>
        <translation>应为整数 %1</translation>
    </message>
    <message>
        <source>unknown LAMMPS unit style &apos;%1&apos; (%2)</source>
        <translation>未知的 LAMMPS 单位制 “%1”（%2）</translation>
    </message>
    <message>
        <source>the unit style changes to &apos;%1&apos; within the file</source>
        <translation>单位制在文件中途变为 “%1”</translation>
    </message>
    <message>
        <source>a triclinic box line needs lo hi tilt</source>
        <translation>三斜盒子的边界行需要 lo hi tilt</translation>
    </message>
    <message>
        <source>a box line needs lo hi</source>
        <translation>盒子边界行需要 lo hi</translation>
    </message>
    <message>
        <source>non-numeric box bound &apos;%1&apos;</source>
        <translation>非数值的盒子边界 “%1”</translation>
    </message>
    <message>
        <source>missing column &apos;id&apos; in &apos;%1&apos; (atoms are matched by id, never by line order)</source>
        <translation>“%1” 中缺少 id 列（原子按 id 匹配，从不按行序匹配）</translation>
    </message>
    <message>
        <source>missing position columns in &apos;%1&apos;: need xu yu zu, xsu ysu zsu, x y z or xs ys zs</source>
        <translation>“%1” 中缺少坐标列：需要 “xu yu zu”、“xsu ysu zsu”、“x y z” 或 “xs ys zs”</translation>
    </message>
    <message>
        <source>image flags need all three columns ix iy iz</source>
        <translation>镜像标志需要全部三列 ix iy iz</translation>
    </message>
    <message>
        <source>atom line has %1 fields, the ATOMS header %2</source>
        <translation>原子行有 %1 个字段，而 ATOMS 表头为 %2 个</translation>
    </message>
    <message>
        <source>non-numeric atom id &apos;%1&apos;</source>
        <translation>非数值的原子 id “%1”</translation>
    </message>
    <message>
        <source>atom type must be an integer in 1..1000, got &apos;%1&apos;</source>
        <translation>原子类型必须是 1..1000 内的整数，实际为 “%1”</translation>
    </message>
    <message>
        <source>non-numeric coordinate &apos;%1&apos;</source>
        <translation>非数值的坐标 “%1”</translation>
    </message>
    <message>
        <source>non-integer image flag &apos;%1&apos;</source>
        <translation>非整数的镜像标志 “%1”</translation>
    </message>
    <message>
        <source>expected &apos;ITEM: TIMESTEP&apos;, found &apos;%1&apos; (is this a LAMMPS text dump?)</source>
        <translation>应为 “ITEM: TIMESTEP”，实际为 “%1”（这是 LAMMPS 文本 dump 吗？）</translation>
    </message>
    <message>
        <source>the atom count must be positive</source>
        <translation>原子数必须为正</translation>
    </message>
    <message>
        <source>ITEM: ATOMS before NUMBER OF ATOMS and BOX BOUNDS</source>
        <translation>“ITEM: ATOMS” 出现在 “ITEM: NUMBER OF ATOMS” 和 “ITEM: BOX BOUNDS” 之前</translation>
    </message>
    <message>
        <source>unexpected line &apos;%1&apos; in a frame header</source>
        <translation>帧头中出现意外的行 “%1”</translation>
    </message>
    <message>
        <source>read error (%1); the file may be truncated</source>
        <translation>读取错误（%1）；文件可能被截断</translation>
    </message>
    <message>
        <source>the frame at timestep %1 %2</source>
        <translation>时间步 %1 的帧%2</translation>
    </message>
    <message>
        <source>has a box that is not a number (NaN or infinite)</source>
        <translation>的盒子不是数（NaN 或无穷大）</translation>
    </message>
    <message>
        <source>has a box of extent %1 along %2 (hi must be greater than lo)</source>
        <translation>的盒子在 %2 方向上的长度为 %1（hi 必须大于 lo）</translation>
    </message>
    <message>
        <source>has a degenerate or left-handed cell (volume %1)</source>
        <translation>的晶胞退化或为左手系（体积 %1）</translation>
    </message>
    <message>
        <source>has a position that is not a number (atom %1)</source>
        <translation>有一个坐标不是数（原子 %1）</translation>
    </message>
    <message>
        <source>no format reads this file name (unknown trajectory format): expected %1</source>
        <translation>没有任何格式能读取此文件名（未知的轨迹格式）：应为 %1</translation>
    </message>
    <message>
        <source>atom id %1 appears twice in the frame at timestep %2</source>
        <translation>原子 id %1 在时间步 %2 的帧中出现了两次</translation>
    </message>
    <message>
        <source>malformed Properties=&apos;%1&apos;: expected name:type:count triples</source>
        <translation>格式错误的 Properties=“%1”：应为 name:type:count 三元组</translation>
    </message>
    <message>
        <source>bad column count in Properties: &apos;%1&apos;</source>
        <translation>Properties 中的列数错误：“%1”</translation>
    </message>
    <message>
        <source>Properties has no pos:R:3 column</source>
        <translation>Properties 中没有 pos:R:3 列</translation>
    </message>
    <message>
        <source>no Lattice=&quot;...&quot; in the comment line: a periodic cell is required</source>
        <translation>注释行中没有 Lattice=&quot;...&quot;：需要周期性晶胞</translation>
    </message>
    <message>
        <source>Lattice needs 9 numbers, got %1</source>
        <translation>Lattice 需要 9 个数，实际为 %1 个</translation>
    </message>
    <message>
        <source>non-numeric Lattice entry &apos;%1&apos;</source>
        <translation>非数值的 Lattice 项 “%1”</translation>
    </message>
    <message>
        <source>non-integer %1=&apos;%2&apos;</source>
        <translation>非整数的 %1=“%2”</translation>
    </message>
    <message>
        <source>expected the atom count of an XYZ frame, found &apos;%1&apos;</source>
        <translation>应为 XYZ 帧的原子数，实际为 “%1”</translation>
    </message>
    <message>
        <source>unexpected end of file: missing the comment line</source>
        <translation>文件意外结束：缺少注释行</translation>
    </message>
    <message>
        <source>unexpected end of file: expected %1 atom lines, got %2 (truncated file?)</source>
        <translation>文件意外结束：应有 %1 行原子，实际为 %2 行（文件被截断？）</translation>
    </message>
    <message>
        <source>atom line has %1 fields, Properties says %2</source>
        <translation>原子行有 %1 个字段，而 Properties 规定为 %2 个</translation>
    </message>
    <message>
        <source>non-integer atom id &apos;%1&apos;</source>
        <translation>非整数的原子 id “%1”</translation>
    </message>
    <message>
        <source>type must be an integer in 1..1000</source>
        <translation>类型必须是 1..1000 内的整数</translation>
    </message>
    <message>
        <source>no trajectory files (seg&lt;k&gt;.lammpstrj[.gz], ...) here; the formats read are %1</source>
        <translation>此处没有轨迹文件（seg&lt;k&gt;.lammpstrj[.gz] 等）；可读取的格式为 %1</translation>
    </message>
    <message>
        <source>several trajectory files but none named seg&lt;k&gt;.*: name the segments seg0, seg1, ... or keep one long trajectory per replica</source>
        <translation>有多个轨迹文件，但没有命名为 seg&lt;k&gt;.* 的：请把片段命名为 seg0、seg1……，或每个副本只保留一条长轨迹</translation>
    </message>
    <message>
        <source>cannot open the manifest</source>
        <translation>无法打开清单文件</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <source>manifest: %1</source>
        <translation>清单：%1</translation>
    </message>
    <message>
        <source>replica %1 at T=%2 lists neither &quot;segments&quot; nor &quot;trajectory&quot;</source>
        <translation>T=%2 的副本 %1 既未列出 &quot;segments&quot; 也未列出 &quot;trajectory&quot;</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>no ensemble found: expected folders T&lt;temp&gt;/r&lt;replica&gt;/seg&lt;k&gt;.lammpstrj[.gz] or a manifest.json</source>
        <translation>未找到系综：应为 T&lt;温度&gt;/r&lt;副本&gt;/seg&lt;k&gt;.lammpstrj[.gz] 形式的文件夹或 manifest.json</translation>
    </message>
    <message>
        <source>temperature %1 appears twice</source>
        <translation>温度 %1 出现了两次</translation>
    </message>
    <message>
        <source>the file holds no frame</source>
        <translation>文件中没有帧</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>its units (%1) differ from those of %2 (%3): an ensemble must use one set of units</source>
        <translation>它的单位（%1）与 %2 的单位（%3）不同：一个系综必须使用同一套单位</translation>
    </message>
    <message>
        <source>no trajectory file could be read</source>
        <translation>没有任何轨迹文件可以读取</translation>
    </message>
    <message>
        <source>the frame at timestep %1 has %2 atoms, the segment started with %3</source>
        <translation>时间步 %1 的帧有 %2 个原子，而片段开始时有 %3 个</translation>
    </message>
    <message>
        <source>the atom ids at timestep %1 differ from those of the segment&apos;s first frame</source>
        <translation>时间步 %1 的原子 id 与片段第一帧的不同</translation>
    </message>
    <message>
        <source>timestep %1 does not follow the previous frame&apos;s %2</source>
        <translation>时间步 %1 不在上一帧的 %2 之后</translation>
    </message>
    <message>
        <source>atom id %1 changed type at timestep %2</source>
        <translation>原子 id %1 在时间步 %2 改变了类型</translation>
    </message>
    <message>
        <source>atom type %1 does not occur in the ensemble&apos;s first frame</source>
        <translation>原子类型 %1 不在系综的第一帧中</translation>
    </message>
    <message>
        <source>the atoms differ from those of the first frame</source>
        <translation>原子与第一帧的不同</translation>
    </message>
    <message>
        <source>no peak in S(q) below --sq-qmax: give --q</source>
        <translation>在 --sq-qmax 以下 S(q) 没有峰：请给出 --q</translation>
    </message>
    <message>
        <source>no first minimum in g(r): give --rc</source>
        <translation>g(r) 没有第一极小值：请给出 --rc</translation>
    </message>
    <message>
        <source>the file says %1, but the units parameter &apos;%2&apos; says %3</source>
        <translation>文件中为 %1，但单位参数 “%2” 为 %3</translation>
    </message>
    <message>
        <source>the file says %1, but the manifest&apos;s &quot;units&quot; &apos;%2&apos; says %3</source>
        <translation>文件中为 %1，但清单的 &quot;units&quot; “%2” 为 %3</translation>
    </message>
    <message>
        <source>the ensemble holds no trajectory file</source>
        <translation>系综中没有轨迹文件</translation>
    </message>
    <message>
        <source>the box at this temperature differs from the others; give --q and --rc</source>
        <translation>该温度下的盒子与其他温度不同；请给出 --q 和 --rc</translation>
    </message>
    <message>
        <source>undetermined</source>
        <translation>无法判定</translation>
    </message>
    <message>
        <source>T = %1: %2 below τ_α = %3; pairs should relax no faster than single atoms (τ_± ≥ τ_α): check r_c, the pair cutoffs and the species chosen</source>
        <translation>T = %1：%2 低于 τ_α = %3；原子对的弛豫不应快于单个原子（τ_± ≥ τ_α）：请检查 r_c、原子对截断距离和所选组元</translation>
    </message>
    <message>
        <source>%1; 95 % bootstrap interval [%2, %3]</source>
        <translation>%1；95 % 自助法区间 [%2, %3]</translation>
    </message>
    <message>
        <source>T_b: SE line over T in [%1, %2], deviation &gt; %3 %</source>
        <translation>T_b：SE 直线拟合于 T ∈ [%1, %2]，偏离 &gt; %3 %</translation>
    </message>
    <message>
        <source>T_b: SE line over T in [%1, %2], deviation &gt; %3 % never reached (T_b below the lowest T)</source>
        <translation>T_b：SE 直线拟合于 T ∈ [%1, %2]，偏离始终未超过 %3 %（T_b 低于最低温度）</translation>
    </message>
    <message>
        <source>T_c: τ = A (T − T_c)^{−ν} over [%1, %2], ν = %3 (%4)</source>
        <translation>T_c：τ = A (T − T_c)^{−ν} 拟合于 [%1, %2]，ν = %3（%4）</translation>
    </message>
    <message>
        <source>sliding windows</source>
        <translation>滑动窗口</translation>
    </message>
    <message>
        <source>sliding windows, widened to w = %1</source>
        <translation>滑动窗口，已加宽至 w = %1</translation>
    </message>
    <message>
        <source>user window</source>
        <translation>用户窗口</translation>
    </message>
    <message>
        <source>T_x: parabola through the minimum, γ_τ(T_x) = %1</source>
        <translation>T_x：过极小值的抛物线，γ_τ(T_x) = %1</translation>
    </message>
    <message>
        <source>T_x: discrete minimum of γ_τ, γ_τ(T_x) = %1</source>
        <translation>T_x：γ_τ 的离散极小值，γ_τ(T_x) = %1</translation>
    </message>
    <message>
        <source>T_g = %1%2 from the cooling log (run %3, %4): glass line over [%5, %6], liquid line over [%7, %8]</source>
        <translation>T_g = %1%2，取自降温日志（第 %3 次运行，%4）：玻璃支直线拟合于 [%5, %6]，液体支直线拟合于 [%7, %8]</translation>
    </message>
    <message>
        <source>%1 (it replaces the preset&apos;s T_g = %2 in the path classification)</source>
        <translation>%1（在路径分类中取代预设的 T_g = %2）</translation>
    </message>
    <message>
        <source>T_g: no fit to the cooling log (%1)</source>
        <translation>T_g：降温日志无法拟合（%1）</translation>
    </message>
    <message>
        <source>not yet decided</source>
        <translation>尚未确定</translation>
    </message>
    <message>
        <source>lengths and angles in degrees</source>
        <translation>边长与角度（度）</translation>
    </message>
    <message>
        <source>lengths and cosines of the angles</source>
        <translation>边长与夹角余弦</translation>
    </message>
    <message>
        <source>symmetric box matrix (CHARMM c36)</source>
        <translation>对称盒子矩阵（CHARMM c36）</translation>
    </message>
    <message>
        <source>the unit cell holds a number that is not finite</source>
        <translation>晶胞中有一个数不是有限值</translation>
    </message>
    <message>
        <source>the unit cell&apos;s angle entries leave the range of cosines, but earlier frames of this file were read as %1</source>
        <translation>晶胞的角度项超出了余弦的取值范围，但此文件之前的帧按“%1”读取</translation>
    </message>
    <message>
        <source>the unit cell&apos;s angles leave 0..180 degrees, but earlier frames of this file were read as %1</source>
        <translation>晶胞的角度超出 0..180 度，但此文件之前的帧按“%1”读取</translation>
    </message>
    <message>
        <source>unknown unit-cell convention</source>
        <translation>未知的晶胞约定</translation>
    </message>
    <message>
        <source>empty file: not a DCD trajectory</source>
        <translation>空文件：不是 DCD 轨迹</translation>
    </message>
    <message>
        <source>not a DCD trajectory (the first record is not 84 bytes)</source>
        <translation>不是 DCD 轨迹（第一个记录不是 84 字节）</translation>
    </message>
    <message>
        <source>not a DCD coordinate file (no CORD signature)</source>
        <translation>不是 DCD 坐标文件（没有 CORD 标识）</translation>
    </message>
    <message>
        <source>DCD files with fixed atoms are not supported</source>
        <translation>不支持含固定原子的 DCD 文件</translation>
    </message>
    <message>
        <source>malformed atom-count record</source>
        <translation>原子数记录格式错误</translation>
    </message>
    <message>
        <source>the header claims %1 atoms, more than the file can hold</source>
        <translation>文件头声称有 %1 个原子，超过了文件所能容纳的数量</translation>
    </message>
    <message>
        <source>%1 (at frame %2, byte %3)</source>
        <translation>%1（第 %2 帧，第 %3 字节）</translation>
    </message>
    <message>
        <source>unexpected end of file inside a record (truncated file?)</source>
        <translation>文件在记录内部意外结束（文件被截断？）</translation>
    </message>
    <message>
        <source>corrupt record length %1</source>
        <translation>损坏的记录长度 %1</translation>
    </message>
    <message>
        <source>record markers do not match (corrupt file?)</source>
        <translation>记录标记不一致（文件损坏？）</translation>
    </message>
    <message>
        <source>malformed unit-cell record</source>
        <translation>晶胞记录格式错误</translation>
    </message>
    <message>
        <source>coordinate record holds %1 values, expected %2</source>
        <translation>坐标记录有 %1 个值，应为 %2 个</translation>
    </message>
    <message>
        <source>the DCD file has no unit cell: a periodic box is required</source>
        <translation>DCD 文件没有晶胞：需要周期性盒子</translation>
    </message>
    <message>
        <source>not a GSD file (no GSD signature in the first 256 bytes)</source>
        <translation>不是 GSD 文件（前 256 字节中没有 GSD 标识）</translation>
    </message>
    <message>
        <source>GSD file layer version %1 is not read (versions 1 and 2 are)</source>
        <translation>不读取 GSD 文件层版本 %1（可读取版本 1 和 2）</translation>
    </message>
    <message>
        <source>GSD schema &apos;%1&apos; is not read: only HOOMD-blue&apos;s &apos;hoomd&apos; schema is</source>
        <translation>不读取 GSD 模式“%1”：只读取 HOOMD-blue 的“hoomd”模式</translation>
    </message>
    <message>
        <source>the index or the name list lies outside the file (truncated or corrupt file?)</source>
        <translation>索引或名称表位于文件之外（文件被截断或损坏？）</translation>
    </message>
    <message>
        <source>cannot read the name list</source>
        <translation>无法读取名称表</translation>
    </message>
    <message>
        <source>cannot read the chunk index</source>
        <translation>无法读取数据块索引</translation>
    </message>
    <message>
        <source>index entry %1 is corrupt or points outside the file</source>
        <translation>索引项 %1 已损坏或指向文件之外</translation>
    </message>
    <message>
        <source>index entry %1 names frame %2, more frames than the index can hold</source>
        <translation>索引项 %1 指向第 %2 帧，超过了索引所能容纳的帧数</translation>
    </message>
    <message>
        <source>%1 (at frame %2)</source>
        <translation>%1（第 %2 帧）</translation>
    </message>
    <message>
        <source>cannot read a chunk (truncated file?)</source>
        <translation>无法读取数据块（文件被截断？）</translation>
    </message>
    <message>
        <source>%1 holds %2 x %3 values, expected %4 x %5</source>
        <translation>%1 有 %2 × %3 个值，应为 %4 × %5</translation>
    </message>
    <message>
        <source>%1 must hold integers</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <source>a %1-dimensional system (configuration/dimensions): only 3D systems are analysed</source>
        <translation>%1 维体系（configuration/dimensions）：只分析三维体系</translation>
    </message>
    <message>
        <source>configuration/box must hold 6 values (Lx Ly Lz xy xz yz)</source>
        <translation>configuration/box 必须有 6 个值（Lx Ly Lz xy xz yz）</translation>
    </message>
    <message>
        <source>the frame has no particles (particles/N)</source>
        <translation>该帧没有粒子（particles/N）</translation>
    </message>
    <message>
        <source>no particles/position in this frame or in frame 1</source>
        <translation>该帧和第 1 帧中都没有 particles/position</translation>
    </message>
    <message>
        <source>particles/typeid of particle %1 is %2, outside 0..999</source>
        <translation>粒子 %1 的 particles/typeid 为 %2，超出 0..999</translation>
    </message>
    <message>
        <source>cannot open: no such file</source>
        <translation>无法打开：文件不存在</translation>
    </message>
    <message>
        <source>not an HDF5 file (H5MD trajectories are HDF5)</source>
        <translation>不是 HDF5 文件（H5MD 轨迹是 HDF5 文件）</translation>
    </message>
    <message>
        <source>the HDF5 file cannot be opened (damaged?)</source>
        <translation>无法打开 HDF5 文件（已损坏？）</translation>
    </message>
    <message>
        <source>no /particles group: not an H5MD trajectory</source>
        <translation>没有 /particles 组：不是 H5MD 轨迹</translation>
    </message>
    <message>
        <source>no particle group with positions under /particles (or several and none is called &quot;all&quot;)</source>
        <translation>/particles 下没有含坐标的粒子组（或有多个但没有一个名为“all”）</translation>
    </message>
    <message>
        <source>%1/position must be time-dependent (a group with step and value)</source>
        <translation>%1/position 必须随时间变化（含 step 和 value 的组）</translation>
    </message>
    <message>
        <source>%1 must have shape [frames][atoms][3]</source>
        <translation>%1 的形状必须为 [帧][原子][3]</translation>
    </message>
    <message>
        <source>%1 claims %2 atoms (at most %3 are supported)</source>
        <translation>%1 声称有 %2 个原子（最多支持 %3 个）</translation>
    </message>
    <message>
        <source>no %1/box group: a periodic box is required</source>
        <translation>没有 %1/box 组：需要周期性盒子</translation>
    </message>
    <message>
        <source>%1/box has a &quot;%2&quot; boundary: a periodic box is required</source>
        <translation>%1/box 的边界为“%2”：需要周期性盒子</translation>
    </message>
    <message>
        <source>%1 (frame %2)</source>
        <translation>%1（第 %2 帧）</translation>
    </message>
    <message>
        <source>%1 has no value dataset</source>
        <translation>%1 没有 value 数据集</translation>
    </message>
    <message>
        <source>%1 holds no samples</source>
        <translation>%1 没有样本</translation>
    </message>
    <message>
        <source>no %1 in the file</source>
        <translation>文件中没有 %1</translation>
    </message>
    <message>
        <source>%1 has no step dataset</source>
        <translation>%1 没有 step 数据集</translation>
    </message>
    <message>
        <source>%1 must be an integer scalar or list</source>
        <translation>%1 必须是整数标量或整数列表</translation>
    </message>
    <message>
        <source>%1 is a scalar increment that is not positive</source>
        <translation>%1 是一个非正的标量增量</translation>
    </message>
    <message>
        <source>%1: the steps overflow 64-bit integers</source>
        <translation>%1：步数超出 64 位整数范围</translation>
    </message>
    <message>
        <source>%1 has %2 entries for %3 samples</source>
        <translation>%1 有 %2 项，而样本有 %3 个</translation>
    </message>
    <message>
        <source>%1 is not in increasing order</source>
        <translation>%1 不是递增的</translation>
    </message>
    <message>
        <source>%1 has no sample at or before step %2</source>
        <translation>%1 在第 %2 步及之前没有样本</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 holds %2 values per sample, expected %3</source>
        <translation>%1 每个样本有 %2 个值，应为 %3 个</translation>
    </message>
    <message>
        <source>%1 holds a value that is not a finite number</source>
        <translation>%1 中有一个值不是有限数</translation>
    </message>
    <message>
        <source>%1 holds %2, which is not a whole number</source>
        <translation>%1 中有 %2，不是整数</translation>
    </message>
    <message>
        <source>%1 does not describe a right-handed cell of positive volume</source>
        <translation>%1 描述的不是体积为正的右手系晶胞</translation>
    </message>
    <message>
        <source>%1 holds a negative id (varying particle numbers are not supported)</source>
        <translation>%1 中有负的 id（不支持粒子数变化）</translation>
    </message>
    <message>
        <source>%1 holds a species outside 0..1000000</source>
        <translation>%1 中有超出 0..1000000 的组元</translation>
    </message>
    <message>
        <source>%1 claims %2 values of %3 bytes, but the file stores %4 bytes of them</source>
        <translation>%1 声称有 %2 个 %3 字节的值，但文件中只存有 %4 字节</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>read error: %1</source>
        <translation>读取错误：%1</translation>
    </message>
    <message>
        <source>unexpected end of file (truncated %1 data)</source>
        <translation>文件意外结束（%1 数据被截断）</translation>
    </message>
    <message>
        <source>%1: damaged data (%2)</source>
        <translation>%1：数据已损坏（%2）</translation>
    </message>
    <message>
        <source>%1: cannot start the decoder</source>
        <translation>%1：无法启动解码器</translation>
    </message>
    <message>
        <source>invalid deflate block</source>
        <translation>无效的 deflate 块</translation>
    </message>
    <message>
        <source>invalid deflate symbol</source>
        <translation>无效的 deflate 符号</translation>
    </message>
    <message>
        <source>invalid back-reference distance</source>
        <translation>无效的回溯距离</translation>
    </message>
    <message>
        <source>invalid gzip header</source>
        <translation>无效的 gzip 头</translation>
    </message>
    <message>
        <source>not deflate-compressed</source>
        <translation>不是 deflate 压缩</translation>
    </message>
    <message>
        <source>CRC-32 or length does not match</source>
        <translation>CRC-32 或长度不符</translation>
    </message>
    <message>
        <source>ISA-L error %1</source>
        <translation>ISA-L 错误 %1</translation>
    </message>
    <message>
        <source>liblzma error %1</source>
        <translation>liblzma 错误 %1</translation>
    </message>
    <message>
        <source>libbz2 error %1</source>
        <translation>libbz2 错误 %1</translation>
    </message>
    <message>
        <source>thermo_style multi is not read: write the log with thermo_style custom (for example: thermo_style custom step temp vol density enthalpy pe)</source>
        <translation>不读取 thermo_style multi：请用 thermo_style custom 写日志（例如：thermo_style custom step temp vol density enthalpy pe）</translation>
    </message>
    <message>
        <source>a thermo row with %1 values, but the header at line %2 names %3 columns</source>
        <translation>热力学输出行有 %1 个值，但第 %2 行的表头列出 %3 列</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in column %2 is not a finite number</source>
        <translation>%2 列中的“%1”不是有限数</translation>
    </message>
    <message>
        <source>the log ends inside a thermo row (is the run still being written?)</source>
        <translation>日志在热力学输出行中间结束（模拟仍在写入？）</translation>
    </message>
    <message>
        <source>no thermo output with a Temp column: expected LAMMPS&apos;s line of column names (Step Temp Volume ...) followed by rows of numbers</source>
        <translation>没有含 Temp 列的热力学输出：应为 LAMMPS 的列名行（“Step Temp Volume ...”），其后是数值行</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot rename into place: %1</source>
        <translation>无法重命名到目标位置：%1</translation>
    </message>
    <message>
        <source>not a Tx Workbench results cache</source>
        <translation>不是 Tx Workbench 结果缓存</translation>
    </message>
    <message>
        <source>a results cache of another version</source>
        <translation>其他版本的结果缓存</translation>
    </message>
    <message>
        <source>damaged results cache: %1</source>
        <translation>结果缓存已损坏：%1</translation>
    </message>
    <message>
        <source>its checksum does not match</source>
        <translation>其校验和不符</translation>
    </message>
    <message>
        <source>damaged sums: a negative or zero count</source>
        <translation>累加和已损坏：计数为负或为零</translation>
    </message>
    <message>
        <source>damaged sums: %1 channels where the species give %2</source>
        <translation>累加和已损坏：有 %1 个通道，而按组元应为 %2 个</translation>
    </message>
    <message>
        <source>damaged sums: a negative or repeated lag</source>
        <translation>累加和已损坏：时间间隔为负或重复</translation>
    </message>
    <message>
        <source>damaged structure: curves and type pairs do not match</source>
        <translation>结构数据已损坏：曲线与类型对不一致</translation>
    </message>
    <message>
        <source>the cell (edges %1, %2, %3) has about %4 wave vectors to search below q_max = %5 (at most %6): give q and r_c, or a smaller q_max for S(q)</source>
        <translation>晶胞（边长 %1、%2、%3）在 q_max = %5 以下约有 %4 个波矢需要搜索（最多 %6 个）：请给出 q 和 r_c，或为 S(q) 给出更小的 q_max</translation>
    </message>
    <message>
        <source>g(r) range exceeds half the box width</source>
        <translation>g(r) 的范围超过了盒子宽度的一半</translation>
    </message>
    <message>
        <source>g(r) to half the cell width (%1) would need more than %2 bins: give q and r_c</source>
        <translation>g(r) 算到晶胞宽度的一半（%1）将需要超过 %2 个区间：请给出 q 和 r_c</translation>
    </message>
    <message>
        <source>atom type %1 is not in the ensemble</source>
        <translation>原子类型 %1 不在系综中</translation>
    </message>
    <message>
        <source>configurations differ in their atoms</source>
        <translation>各构型的原子不同</translation>
    </message>
    <message>
        <source>cannot merge structures with different q ranges</source>
        <translation>无法合并 q 范围不同的结构数据</translation>
    </message>
    <message>
        <source>too many atoms for 32-bit pair indices</source>
        <translation>原子过多，32 位原子对索引不够用</translation>
    </message>
    <message>
        <source>the pair cutoff %1 exceeds half the box width %2</source>
        <translation>原子对截断距离 %1 超过了盒子宽度的一半 %2</translation>
    </message>
    <message>
        <source>the chosen species or type pair does not occur in the ensemble</source>
        <translation>所选组元或类型对不在系综中</translation>
    </message>
    <message>
        <source>thermo_run %1: the log has %2 run(s) with thermo output</source>
        <translation>thermo_run %1：日志中只有 %2 次带热力学输出的运行</translation>
    </message>
    <message>
        <source>units must be a LAMMPS unit style (%1) or LENGTH,TIME such as nm,ps; got &apos;%2&apos;</source>
        <translation>单位必须是 LAMMPS 单位风格（%1）或 长度,时间（如 nm,ps）；实际为“%2”</translation>
    </message>
    <message>
        <source>%1: must be a positive number</source>
        <translation>%1：必须是正数</translation>
    </message>
    <message>
        <source>%1: every cutoff must be a positive number</source>
        <translation>%1：每个截断距离都必须是正数</translation>
    </message>
    <message>
        <source>%1: must be positive</source>
        <translation>%1：必须为正</translation>
    </message>
    <message>
        <source>%1: must not be negative</source>
        <translation>%1：不能为负</translation>
    </message>
    <message>
        <source>%1: must be a positive length</source>
        <translation>%1：必须是正的长度</translation>
    </message>
    <message>
        <source>%1: must be positive and at most 1000</source>
        <translation>%1：必须为正且不超过 1000</translation>
    </message>
    <message>
        <source>%1: must be a number</source>
        <translation>%1：必须是数</translation>
    </message>
    <message>
        <source>%1: expected LOW,HIGH with LOW &lt; HIGH</source>
        <translation>%1：应为 下限,上限，且下限 &lt; 上限</translation>
    </message>
    <message>
        <source>%1: must be greater than 1</source>
        <translation>%1：必须大于 1</translation>
    </message>
    <message>
        <source>%1: expected one of %2, got &apos;%3&apos;</source>
        <translation>%1：应为 %2 之一，实际为“%3”</translation>
    </message>
    <message>
        <source>%1: runs are counted from 1</source>
        <translation>%1：运行从 1 开始编号</translation>
    </message>
    <message>
        <source>%1: give either T_g or a cooling log (thermo_log) to fit it from, not both</source>
        <translation>%1：请给出 T_g 或用于拟合它的降温日志（thermo_log），不要同时给出</translation>
    </message>
    <message>
        <source>the item&apos;s value</source>
        <translation>该项的值</translation>
    </message>
    <message>
        <source>a box bounds line</source>
        <translation>盒子边界行</translation>
    </message>
    <message>
        <source>an atom line</source>
        <translation>原子行</translation>
    </message>
    <message>
        <source>timestep</source>
        <translation>时间步</translation>
    </message>
    <message>
        <source>an ITEM line</source>
        <translation>ITEM 行</translation>
    </message>
    <message>
        <source>atom count</source>
        <translation>原子数</translation>
    </message>
    <message>
        <source>dt is required (the ensemble has no manifest giving dt)</source>
        <translation>需要 dt（系综没有给出 dt 的清单文件）</translation>
    </message>
    <message>
        <source>species: species %1 does not occur in the ensemble (the files have %2)</source>
        <translation>species：组元 %1 不在系综中（文件中有 %2）</translation>
    </message>
    <message>
        <source>type_pair: type pair %1-%2 does not occur in the ensemble (the files have %3)</source>
        <translation>type_pair：类型对 %1-%2 不在系综中（文件中有 %3）</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>damaged sums: wave numbers that are not positive, too many, or not the same in every segment</source>
        <translation>累加和已损坏：波数不是正数、数量过多，或各片段的波数不一致</translation>
    </message>
    <message>
        <source>%1: at most %2 wave numbers in one pass</source>
        <translation>%1：一次遍历最多 %2 个波数</translation>
    </message>
    <message>
        <source>%1: must be a whole number of at least 1</source>
        <translation>%1：必须是不小于 1 的整数</translation>
    </message>
</context>
<context>
    <name>tx::widgets</name>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Could not move the file into place at %1: %2</source>
        <translation>无法将文件移动到 %1：%2</translation>
    </message>
</context>
<context>
    <name>tx::widgets::EnsembleTree</name>
    <message>
        <source>Ensemble</source>
        <translation>系综</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n 个副本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n 个分段</numerusform>
        </translation>
    </message>
    <message>
        <source>one trajectory, cut every %1 steps</source>
        <translation>一条轨迹，每 %1 步切分</translation>
    </message>
    <message>
        <source>(not cut)</source>
        <translation>（未切分）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n replica(s)</source>
        <translation>
            <numerusform>%n 个副本中的 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tx::widgets::FigureExportDialog</name>
    <message>
        <source>Export figure</source>
        <translation>导出图形</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Height of a row of panels</source>
        <translation>一行子图的高度</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Font size (every text)</source>
        <translation>字号（所有文字）</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>子图</translation>
    </message>
    <message>
        <source>Keep the fit-window handles and hatching</source>
        <translation>保留拟合窗口的手柄和阴影</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Choose at least one panel.</source>
        <translation>请至少选择一个子图。</translation>
    </message>
    <message>
        <source>%1 × %2 mm, %3 panel(s) in %4 column(s)</source>
        <translation>%1 × %2 mm，%3 个子图，%4 列</translation>
    </message>
</context>
<context>
    <name>tx::widgets::PairMobilityView</name>
    <message>
        <source>Segment</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>时间间隔</translation>
    </message>
    <message>
        <source>species</source>
        <translation>组元</translation>
    </message>
    <message>
        <source>Atoms by</source>
        <translation>原子着色依据</translation>
    </message>
    <message>
        <source>Pairs by</source>
        <translation>原子对着色依据</translation>
    </message>
    <message>
        <source>Only pairs where both atoms moved</source>
        <translation>仅显示两个原子都移动的原子对</translation>
    </message>
    <message>
        <source>no slab</source>
        <translation>不切片</translation>
    </message>
    <message>
        <source>Slab cut</source>
        <translation>切片</translation>
    </message>
    <message>
        <source>Slab centre</source>
        <translation>切片中心</translation>
    </message>
    <message>
        <source>Slab thickness</source>
        <translation>切片厚度</translation>
    </message>
    <message>
        <source>Pairs as tubes</source>
        <translation>原子对显示为管</translation>
    </message>
    <message>
        <source>Reset camera</source>
        <translation>重置视角</translation>
    </message>
    <message>
        <source>Click an atom or a pair to see its ids and displacements.</source>
        <translation>点击原子或原子对以查看其编号和位移。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Atom id %1 (species %2): |Δr| = %3</source>
        <translation>原子编号 %1（组元 %2）：|Δr| = %3</translation>
    </message>
    <message>
        <source>Nothing here.</source>
        <translation>此处没有对象。</translation>
    </message>
    <message>
        <source>no sphere</source>
        <translation>不使用球形截取</translation>
    </message>
    <message>
        <source>Show only atoms within this distance of the box centre</source>
        <translation>仅显示距盒子中心此距离以内的原子</translation>
    </message>
    <message>
        <source>Sphere cut radius</source>
        <translation>球形截取半径</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export 3D view</source>
        <translation>导出三维视图</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>The 3D view showed nothing within %1 s</source>
        <translation>3D 视图在 %1 秒内没有显示任何内容</translation>
    </message>
    <message>
        <source>Colours fixed over all lags</source>
        <translation>所有时滞使用同一色标</translation>
    </message>
    <message>
        <source>One colour scale for the whole segment (0 to the 99th percentile over all lags), so that Play shows mobility grow; unchecked, each lag is scaled to its own values</source>
        <translation>整个片段使用同一色标（0 到所有时滞中的第 99 百分位数），播放时可看到迁移率的增长；取消勾选则每个时滞按自身数值缩放</translation>
    </message>
    <message>
        <source>%1 steps, frame %2 of %3</source>
        <translation>%1 步，第 %2 帧（共 %3 帧）</translation>
    </message>
    <message>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
    <message>
        <source>×2 the view</source>
        <translation>视图的 ×2</translation>
    </message>
    <message>
        <source>Size of the exported picture in pixels</source>
        <translation>导出图片的像素尺寸</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>图注</translation>
    </message>
    <message>
        <source>A caption under the picture: the segment, the time (t and t/τ_α), what the colours show</source>
        <translation>图片下方的图注：片段、时间（t 与 t/τ_α）、颜色所表示的量</translation>
    </message>
    <message>
        <source>Atoms: %1; pairs: %2</source>
        <translation>原子：%1；原子对：%2</translation>
    </message>
    <message>
        <source>; colours fixed over all lags of the segment.</source>
        <translation>；颜色在该片段的所有时滞中固定。</translation>
    </message>
    <message>
        <source>; colours scaled to this lag.</source>
        <translation>；颜色按此时滞缩放。</translation>
    </message>
    <message>
        <source>%1: %2 atoms, %3 pairs at the origin. Click an atom or a pair to read its displacements.</source>
        <translation>%1：%2 个原子，时间原点处 %3 个原子对。点击原子或原子对以读取其位移。</translation>
    </message>
    <message>
        <source>mobility |Δrᵢ|</source>
        <translation>迁移率 |Δrᵢ|</translation>
    </message>
    <message>
        <source>relative |Δr₋|</source>
        <translation>相对 |Δr₋|</translation>
    </message>
    <message>
        <source>centre of mass |Δr₊|</source>
        <translation>质心 |Δr₊|</translation>
    </message>
    <message>
        <source>ratio |Δr₋|/|Δr₊|</source>
        <translation>比值 |Δr₋|/|Δr₊|</translation>
    </message>
    <message>
        <source>Only atoms with |Δrᵢ| ≥</source>
        <translation>仅显示 |Δrᵢ| ≥ 的原子</translation>
    </message>
    <message>
        <source>Arrows Δr₊ and Δr₋ of example pairs</source>
        <translation>示例原子对的 Δr₊ 与 Δr₋ 箭头</translation>
    </message>
    <message>
        <source>For the pairs nearest the region&apos;s centre (the followed pair, else the box centre): the centre-of-mass displacement Δr₊ = (Δrᵢ + Δrⱼ)/2 in black and the relative displacement Δr₋ = (Δrᵢ − Δrⱼ)/2 in vermillion, from the pair&apos;s midpoint. Where the liquid is solid-like, Δr₋ lags behind Δr₊.</source>
        <translation>对离区域中心最近的原子对（被跟踪的原子对，否则为盒子中心）：从原子对中点画出质心位移 Δr₊ = (Δrᵢ + Δrⱼ)/2（黑色）和相对位移 Δr₋ = (Δrᵢ − Δrⱼ)/2（朱红色）。在类固体液体中，Δr₋ 落后于 Δr₊。</translation>
    </message>
    <message>
        <source>Δr₊ and Δr₋ side by side</source>
        <translation>Δr₊ 与 Δr₋ 并排</translation>
    </message>
    <message>
        <source>Δr₊ only (centre of mass)</source>
        <translation>仅 Δr₊（质心）</translation>
    </message>
    <message>
        <source>Δr₋ only (relative)</source>
        <translation>仅 Δr₋（相对）</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>箭头</translation>
    </message>
    <message>
        <source>Example pairs</source>
        <translation>示例原子对</translation>
    </message>
    <message>
        <source>Arrows are drawn this many times longer than the displacement</source>
        <translation>箭头画成位移长度的这么多倍</translation>
    </message>
    <message>
        <source>Arrow length</source>
        <translation>箭头长度</translation>
    </message>
    <message>
        <source>Follow the picked pair</source>
        <translation>跟踪所选原子对</translation>
    </message>
    <message>
        <source>Pick a pair first; the view then centres on it, its arrows are drawn, and the line below gives its |Δr₊| and |Δr₋| at each lag</source>
        <translation>请先选取一个原子对；视图随后以它为中心，画出它的箭头，下方一行给出它在每个时间间隔的 |Δr₊| 和 |Δr₋|</translation>
    </message>
    <message>
        <source>Export movie over lags…</source>
        <translation>导出各时间间隔的影片…</translation>
    </message>
    <message>
        <source>Every lag of the segment as one frame of an Ogg Theora movie (.ogv), at the size chosen above</source>
        <translation>把片段的每个时间间隔作为 Ogg Theora 影片（.ogv）的一帧，尺寸按上面的选择</translation>
    </message>
    <message>
        <source>Export movie over lags</source>
        <translation>导出各时间间隔的影片</translation>
    </message>
    <message>
        <source>Ogg Theora movie (*.ogv)</source>
        <translation>Ogg Theora 影片 (*.ogv)</translation>
    </message>
    <message>
        <source>Following pair ids %1–%2: |Δr₊| = %3, |Δr₋| = %4 (ratio %5) at %6</source>
        <translation>正在跟踪原子对 id %1–%2：|Δr₊| = %3，|Δr₋| = %4（比值 %5），于 %6</translation>
    </message>
    <message>
        <source>Pair ids %1–%2: |Δrᵢ| = %3, |Δrⱼ| = %4, |Δr₊| = %5, |Δr₋| = %6</source>
        <translation>原子对 id %1–%2：|Δrᵢ| = %3，|Δrⱼ| = %4，|Δr₊| = %5，|Δr₋| = %6</translation>
    </message>
    <message>
        <source>No segment with more than one frame is shown</source>
        <translation>没有显示多于一帧的片段</translation>
    </message>
    <message>
        <source>Black arrows: centre-of-mass displacement Δr₊; vermillion arrows: relative displacement Δr₋ (×%1), of %2 example pairs.</source>
        <translation>黑色箭头：质心位移 Δr₊；朱红色箭头：相对位移 Δr₋（×%1），共 %2 个示例原子对。</translation>
    </message>
</context>
<context>
    <name>tx::widgets::ParametersPanel</name>
    <message>
        <source>auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>q (first peak of S(q))</source>
        <translation>q（S(q) 第一峰）</translation>
    </message>
    <message>
        <source>r_c (first minimum of g(r))</source>
        <translation>r_c（g(r) 第一极小）</translation>
    </message>
    <message>
        <source>dt (time per timestep)</source>
        <translation>dt（每个时间步的时间）</translation>
    </message>
    <message>
        <source>Bootstrap resamples</source>
        <translation>自助法重采样次数</translation>
    </message>
    <message>
        <source>Extrapolate τ by KWW where 1/e is not reached</source>
        <translation>未达到 1/e 时用 KWW 外推 τ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Kob–Andersen (T_g 0.40, T_m 1.0)</source>
        <translation>Kob–Andersen（T_g 0.40，T_m 1.0）</translation>
    </message>
    <message>
        <source>Cu50Zr50 (T_g 700 K, T_m 1200 K)</source>
        <translation>Cu50Zr50（T_g 700 K，T_m 1200 K）</translation>
    </message>
    <message>
        <source>Al (T_g 500 K, T_m 939 K)</source>
        <translation>Al（T_g 500 K，T_m 939 K）</translation>
    </message>
    <message>
        <source>System preset</source>
        <translation>体系预设</translation>
    </message>
    <message>
        <source>T_b threshold δ</source>
        <translation>T_b 阈值 δ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>In use: q = %1 (%2), r_c = %3 (%4)</source>
        <translation>当前使用：q = %1（%2），r_c = %3（%4）</translation>
    </message>
    <message>
        <source>first frame of each segment</source>
        <translation>每段的第一帧</translation>
    </message>
    <message>
        <source>Extra time origins every N timesteps inside a segment (linear dumps); neighbour pairs are redefined at every origin</source>
        <translation>在一段内每隔 N 个时间步增加时间原点（线性输出）；每个原点重新确定近邻原子对</translation>
    </message>
    <message>
        <source>Origins every (steps)</source>
        <translation>时间原点间隔（步）</translation>
    </message>
    <message>
        <source>all atoms</source>
        <translation>全部原子</translation>
    </message>
    <message>
        <source>τ_α and D from</source>
        <translation>τ_α 与 D 取自</translation>
    </message>
    <message>
        <source>all pairs</source>
        <translation>全部原子对</translation>
    </message>
    <message>
        <source>τ_+ and τ_− from</source>
        <translation>τ_+ 与 τ_− 取自</translation>
    </message>
    <message>
        <source>species %1</source>
        <translation>组元 %1</translation>
    </message>
    <message>
        <source>pairs %1-%2</source>
        <translation>原子对 %1-%2</translation>
    </message>
    <message>
        <source>e.g. 1-2=1.30, 2-2=1.20</source>
        <translation>例如 1-2=1.30, 2-2=1.20</translation>
    </message>
    <message>
        <source>Nearest-neighbour cutoffs of single type pairs (LAMMPS types), used instead of r_c for those pairs</source>
        <translation>单个类型对（LAMMPS 类型）的最近邻截断距离，对这些类型对代替 r_c 使用</translation>
    </message>
    <message>
        <source>r_c of single type pairs</source>
        <translation>单个类型对的 r_c</translation>
    </message>
    <message>
        <source>expected START,END with START &lt; END</source>
        <translation>应为 START,END 且 START &lt; END</translation>
    </message>
    <message>
        <source>Pairs and reading (a change reads the files again)</source>
        <translation>原子对与读取（修改后重新读取文件）</translation>
    </message>
    <message>
        <source>Length a of the overlap Q(t) = ⟨Θ(a − |Δr_i(t)|)⟩ (0.3 σ for LJ)</source>
        <translation>重叠函数 Q(t) = ⟨Θ(a − |Δr_i(t)|)⟩ 的长度 a（LJ 体系取 0.3 σ）</translation>
    </message>
    <message>
        <source>Overlap length a</source>
        <translation>重叠长度 a</translation>
    </message>
    <message>
        <source>one segment per file</source>
        <translation>每个文件一段</translation>
    </message>
    <message>
        <source>Cut a replica&apos;s single long trajectory into segments of this many timesteps</source>
        <translation>将副本的单条长轨迹切分为每段这么多个时间步</translation>
    </message>
    <message>
        <source>Segment length (steps)</source>
        <translation>段长度（步）</translation>
    </message>
    <message>
        <source>Extended XYZ positions are wrapped</source>
        <translation>扩展 XYZ 坐标为周期折叠坐标</translation>
    </message>
    <message>
        <source>DCD positions are unwrapped (dump_modify unwrap yes)</source>
        <translation>DCD 坐标未折叠（dump_modify unwrap yes）</translation>
    </message>
    <message>
        <source>Largest |q| of S(q)</source>
        <translation>S(q) 的最大 |q|</translation>
    </message>
    <message>
        <source>Averages and errors (no file is read)</source>
        <translation>平均与误差（不重新读取文件）</translation>
    </message>
    <message>
        <source>from the manifest</source>
        <translation>取自清单文件</translation>
    </message>
    <message>
        <source>Bootstrap seed</source>
        <translation>自助法随机种子</translation>
    </message>
    <message>
        <source>automatic (slope rule), or START, END</source>
        <translation>自动（斜率规则），或 START, END</translation>
    </message>
    <message>
        <source>Time window for D</source>
        <translation>D 的时间窗口</translation>
    </message>
    <message>
        <source>Smallest MSD for D</source>
        <translation>D 的最小 MSD</translation>
    </message>
    <message>
        <source>Fits over T (windows: drag them on the plots)</source>
        <translation>随温度的拟合（窗口：在图上拖动）</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>T_g</source>
        <translation>T_g</translation>
    </message>
    <message>
        <source>T_m</source>
        <translation>T_m</translation>
    </message>
    <message>
        <source>T_c sliding windows [T_i, w·T_i], w</source>
        <translation>T_c 滑动窗口 [T_i, w·T_i] 的 w</translation>
    </message>
    <message>
        <source>T_c largest rms of ln τ</source>
        <translation>T_c 的 ln τ 最大均方根</translation>
    </message>
    <message>
        <source>Fit MSD = 6Dt + c over this time window instead of the slope rule</source>
        <translation>在此时间窗口内拟合 MSD = 6Dt + c，代替斜率规则</translation>
    </message>
    <message>
        <source>from the files</source>
        <translation>取自文件</translation>
    </message>
    <message>
        <source>Units where the files say none</source>
        <translation>文件未注明时的单位</translation>
    </message>
    <message>
        <source>A LAMMPS unit style (lj, real, metal, ...) or LENGTH,TIME such as nm,ps, for files that do not say their units; a file that says otherwise stops the run</source>
        <translation>LAMMPS 单位制（lj、real、metal 等）或“长度,时间”（如 nm,ps），用于未注明单位的文件；若文件注明的单位与此不同，运行将停止</translation>
    </message>
    <message>
        <source>In use: length %1, time %2</source>
        <translation>使用中：长度 %1，时间 %2</translation>
    </message>
    <message>
        <source>none: T_g above or the preset&apos;s</source>
        <translation>无：使用上面的 T_g 或预设值</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a LAMMPS log</source>
        <translation>选择 LAMMPS 日志</translation>
    </message>
    <message>
        <source>LAMMPS log of a cooling run</source>
        <translation>降温模拟的 LAMMPS 日志</translation>
    </message>
    <message>
        <source>LAMMPS logs (log.lammps *.log *.lammps *.gz);;All files (*)</source>
        <translation>LAMMPS 日志 (log.lammps *.log *.lammps *.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>T_g from cooling log</source>
        <translation>由降温日志求 T_g</translation>
    </message>
    <message>
        <source>first the log has</source>
        <translation>日志中的第一个可用量</translation>
    </message>
    <message>
        <source>T_g from the log&apos;s</source>
        <translation>T_g 取自日志的</translation>
    </message>
    <message>
        <source>the run that cools most</source>
        <translation>温度变化最大的运行</translation>
    </message>
    <message>
        <source>Which run of the log, counting the runs with thermo output from 1</source>
        <translation>使用日志中的哪一次运行（有热力学输出的运行从 1 开始计数）</translation>
    </message>
    <message>
        <source>Run of the log</source>
        <translation>日志中的运行</translation>
    </message>
    <message>
        <source>T_g is given above: clear it to fit T_g to the log</source>
        <translation>上面已给出 T_g：清除它才能由日志拟合 T_g</translation>
    </message>
    <message>
        <source>A LAMMPS log of a cooling run (thermo output with Temp and Volume, Density, Enthalpy or PotEng): T_g where straight lines through the liquid and glass branches cross; it replaces the preset&apos;s T_g</source>
        <translation>降温模拟的 LAMMPS 日志（热力学输出含 Temp 以及 Volume、Density、Enthalpy 或 PotEng）：T_g 为液体支与玻璃支直线的交点；它取代预设的 T_g</translation>
    </message>
    <message>
        <source>S(q) and g(r) whole (up to q_max and half the box), also when q and r_c are given</source>
        <translation>完整的 S(q) 和 g(r)（到 q_max 和半个盒子），给定 q 和 r_c 时也计算</translation>
    </message>
    <message>
        <source>“%1” is not a positive number</source>
        <translation>“%1”不是正数</translation>
    </message>
    <message>
        <source>at most %1 more q in one pass</source>
        <translation>一次遍历最多再加 %1 个 q</translation>
    </message>
    <message>
        <source>e.g. 5.0, 9.0</source>
        <translation>例如 5.0, 9.0</translation>
    </message>
    <message>
        <source>More q (dispersion)</source>
        <translation>更多 q（色散）</translation>
    </message>
    <message>
        <source>τ_α, τ_+, τ_− and γ_τ also at these q, from the same pass over the trajectories (the Dispersion page); the q above still sets T_x and the fits</source>
        <translation>在这些 q 处也计算 τ_α、τ_+、τ_− 和 γ_τ，来自对轨迹的同一次遍历（见“随 q 的色散”页）；T_x 和各项拟合仍由上面的 q 决定</translation>
    </message>
</context>
<context>
    <name>tx::widgets::ResultsTable</name>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>τ_α</source>
        <translation>τ_α</translation>
    </message>
    <message>
        <source>τ_+</source>
        <translation>τ_+</translation>
    </message>
    <message>
        <source>τ_−</source>
        <translation>τ_−</translation>
    </message>
    <message>
        <source>γ_τ</source>
        <translation>γ_τ</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>D·τ_α</source>
        <translation>D·τ_α</translation>
    </message>
    <message>
        <source>β (KWW)</source>
        <translation>β（KWW）</translation>
    </message>
    <message>
        <source>replicas/segments</source>
        <translation>副本/分段</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>物理量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>discrete minimum, γ_τ = %1</source>
        <translation>离散极小值，γ_τ = %1</translation>
    </message>
    <message>
        <source>parabola vertex, γ_τ(T_x) = %1</source>
        <translation>抛物线顶点，γ_τ(T_x) = %1</translation>
    </message>
    <message>
        <source>ν = %1, A = %2, rms ln τ = %3 (%4)</source>
        <translation>ν = %1，A = %2，ln τ 均方根残差 = %3（%4）</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>δ = %1 %, line %2 + %3 T</source>
        <translation>δ = %1 %，直线 %2 + %3 T</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>all temperatures</source>
        <translation>全部温度</translation>
    </message>
    <message>
        <source>τ_Q</source>
        <translation>τ_Q</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>质量标记</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>given by you</source>
        <translation>由您给出</translation>
    </message>
    <message>
        <source>from a system preset</source>
        <translation>取自体系预设</translation>
    </message>
    <message>
        <source>Simulate next</source>
        <translation>下一步模拟</translation>
    </message>
    <message>
        <source>τ_α from a model; segments of %1 τ_α (hover for each)</source>
        <translation>τ_α 来自模型；每段 %1 τ_α（悬停查看详情）</translation>
    </message>
    <message>
        <source>%1 of the cooling log, run %2</source>
        <translation>降温日志的 %1，第 %2 次运行</translation>
    </message>
    <message>
        <source>; replaces the preset&apos;s %1</source>
        <translation>；取代预设值 %1</translation>
    </message>
    <message>
        <source>glass %1, liquid %2</source>
        <translation>玻璃 %1，液体 %2</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1 误差</translation>
    </message>
</context>
<context>
    <name>tx::widgets::flag</name>
    <message>
        <source>gap</source>
        <translation>间隙</translation>
    </message>
    <message>
        <source>edge</source>
        <translation>边缘</translation>
    </message>
    <message>
        <source>one-sided</source>
        <translation>单侧</translation>
    </message>
    <message>
        <source>unstable</source>
        <translation>不稳定</translation>
    </message>
    <message>
        <source>inside its window</source>
        <translation>在自身窗口内</translation>
    </message>
    <message>
        <source>few points</source>
        <translation>点数少</translation>
    </message>
    <message>
        <source>bounds</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>预设</translation>
    </message>
</context>
</TS>
