"""Reports layer: run the notebooks with papermill into ``reports/``, with HTML copies,
exported charts and an ``index.html`` linking them all.

Each report is executed in a staging folder and moved into place only when it succeeded,
so a failed run never destroys the last good report. A file whose bytes did not change is
not rewritten, so rendering twice on unchanged input changes no file.
"""

from __future__ import annotations

import html
import json
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.config import NOTEBOOKS_DIR, PACKAGE_DATA, PROCESSED_DIR, RAW_DIR, REPORTS_DIR
from analysis.lexicon import ConfigError, read_yaml

REPORTS_FILE = PACKAGE_DATA / "reports.yaml"
KERNEL_NAME = "analysis"
PARAMETER_TYPES = (str, int, float, bool, list)


@dataclass
class ReportSpec:
    """One report to render: its output name, notebook and parameters."""

    name: str
    notebook: str
    parameters: dict[str, Any] = field(default_factory=dict)
    for_each: str = ""  # "article" or "metric" when made once per article or metric


@dataclass
class RenderResult:
    """What a render produced and what failed."""

    rendered: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    charts: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every report rendered."""
        return not self.failed


def _check_value(value: Any, where: str) -> None:
    """Parameters are plain literals: strings, numbers, booleans or lists of them."""
    if isinstance(value, list):
        for item in value:
            _check_value(item, where)
        return
    if not isinstance(value, (str, int, float, bool)):
        raise ConfigError(f"{where}: parameter value {value!r} is not a string, number, "
                          "boolean or list")


def notebook_parameters(notebook: Path) -> dict[str, Any]:
    """Names and default values of a notebook's ``parameters`` cell."""
    import ast

    nb = json.loads(notebook.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if "parameters" in cell.get("metadata", {}).get("tags", []):
            tree = ast.parse("".join(cell["source"]))
            return {t.id: ast.literal_eval(node.value) for node in tree.body
                    if isinstance(node, ast.Assign) for t in node.targets
                    if isinstance(t, ast.Name)}
    return {}


def load_specs(reports_file: Path, article_ids: list[str],
               notebooks_dir: Path = NOTEBOOKS_DIR,
               metric_ids: list[str] | None = None) -> tuple[list[ReportSpec], int]:
    """The reports to render (expanding per-article entries) and the per-notebook timeout.

    Parameters are checked before papermill sees them: each must be a parameter of the
    notebook with a value of the same type as its default, so a value can never become
    code.
    """
    data = read_yaml(reports_file)
    timeout = data.get("timeout", 600)
    if not isinstance(timeout, int) or timeout <= 0:
        raise ConfigError(f"{reports_file}: 'timeout' must be a positive number of seconds")
    entries = data.get("reports")
    if not isinstance(entries, list) or not entries:
        raise ConfigError(f"{reports_file}: 'reports' must be a non-empty list")
    specs: list[ReportSpec] = []
    for i, entry in enumerate(entries):
        where = f"{reports_file}: reports[{i}]"
        if not isinstance(entry, dict) or not {"name", "notebook"} <= set(entry):
            raise ConfigError(f"{where}: each report needs 'name' and 'notebook'")
        notebook = notebooks_dir / entry["notebook"]
        if not notebook.exists():
            raise ConfigError(f"{where}: notebook {notebook} does not exist")
        defaults = notebook_parameters(notebook)
        params = entry.get("parameters") or {}
        if not isinstance(params, dict):
            raise ConfigError(f"{where}: 'parameters' must be a mapping")
        for key, value in params.items():
            if key not in defaults:
                raise ConfigError(f"{where}: {entry['notebook']} has no parameter {key!r} "
                                  f"(it has: {', '.join(sorted(defaults))})")
            _check_value(value, where)
            default = defaults[key]
            same = isinstance(value, type(default)) or (
                isinstance(default, str) and key == "metrics" and isinstance(value, list))
            if not same:
                raise ConfigError(f"{where}: parameter {key!r} must be like {default!r}, "
                                  f"got {value!r}")
        for_each = entry.get("for_each")
        if for_each not in (None, "article", "metric"):
            raise ConfigError(f"{where}: 'for_each' can only be 'article' or 'metric'")
        if for_each == "article":
            for article_id in article_ids:
                specs.append(ReportSpec(entry["name"].format(article_id=article_id),
                                        entry["notebook"], {**params, "article_id": article_id},
                                        "article"))
        elif for_each == "metric":
            for metric_id in metric_ids or []:
                specs.append(ReportSpec(entry["name"].format(metric=metric_id),
                                        entry["notebook"], {**params, "metric": metric_id},
                                        "metric"))
        else:
            specs.append(ReportSpec(entry["name"], entry["notebook"], dict(params)))
    names = [s.name for s in specs]
    if len(set(names)) != len(names):
        raise ConfigError(f"{reports_file}: report names must be unique")
    return specs, timeout


def kernel_name() -> str:
    """The project's own kernel when installed (make does), else the current Python's."""
    from jupyter_client.kernelspec import KernelSpecManager

    return KERNEL_NAME if KERNEL_NAME in KernelSpecManager().find_kernel_specs() else "python3"


def _strip_volatile(path: Path) -> None:
    """Remove run times and durations from an executed notebook, so reruns are identical."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb.get("metadata", {}).pop("papermill", None)
    for number, cell in enumerate(nb.get("cells", [])):
        cell.get("metadata", {}).pop("papermill", None)
        cell.get("metadata", {}).pop("execution", None)
        if "id" in cell:  # papermill gives its injected cell a random id
            cell["id"] = f"cell-{number:03d}"
    path.write_text(json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n",
                    encoding="utf-8")


def to_html(notebook: Path, target: Path, show_code: bool = False) -> None:
    """An HTML copy of an executed notebook (code hidden unless ``show_code``)."""
    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(exclude_input=not show_code, exclude_input_prompt=True,
                            exclude_output_prompt=True)
    body, _ = exporter.from_notebook_node(nbformat.read(str(notebook), as_version=4))
    target.write_text(body, encoding="utf-8")


def _publish(source: Path, target: Path) -> None:
    """Move ``source`` to ``target`` unless ``target`` already holds the same bytes."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and target.read_bytes() == source.read_bytes():
        source.unlink()
        return
    shutil.move(str(source), str(target))


def render_one(spec: ReportSpec, out_dir: Path, *, timeout: int, kernel: str,
               common: dict[str, Any], show_code: bool = False,
               notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """Execute one report into a staging folder, then publish its files into ``out_dir``."""
    import papermill

    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".staging-") as staging:
        stage = Path(staging)
        params = {**common, **spec.parameters}
        if "charts_dir" in params:
            params["charts_dir"] = str(stage / "charts")
        notebook = stage / f"{spec.name}.ipynb"
        papermill.execute_notebook(
            str(notebooks_dir / spec.notebook), str(notebook), parameters=params,
            kernel_name=kernel, cwd=str(notebooks_dir), progress_bar=False,
            execution_timeout=timeout, log_output=False,
        )
        _strip_volatile(notebook)
        # The executed copy should not point at the staging folder it ran in.
        text = notebook.read_text(encoding="utf-8").replace(str(stage / "charts"), "charts")
        notebook.write_text(text, encoding="utf-8")
        to_html(notebook, stage / f"{spec.name}.html", show_code)
        published = []
        for path in sorted(stage.rglob("*")):
            if path.is_file():
                target = out_dir / path.relative_to(stage)
                _publish(path, target)
                published.append(target)
        return published


def write_index(out_dir: Path, specs: list[ReportSpec], result: RenderResult) -> Path:
    """``index.html`` linking every report and chart; failures are listed with their error."""
    rows = []
    for spec in specs:
        name = html.escape(spec.name)
        if spec.name in result.failed:
            error = html.escape(result.failed[spec.name])
            rows.append(f"<li>{name}: <strong>failed</strong> <pre>{error}</pre></li>")
        elif (out_dir / f"{spec.name}.html").exists():
            rows.append(f'<li><a href="{name}.html">{name}</a> '
                        f'(<a href="{name}.ipynb">notebook</a>)</li>')
        elif spec.for_each != "article":  # skipped article reports are not listed one by one
            rows.append(f"<li>{name}: not rendered yet</li>")
    charts = sorted((out_dir / "charts").glob("*.png")) if (out_dir / "charts").exists() else []
    figures = "".join(
        f'<figure><a href="charts/{html.escape(p.stem)}.svg"><img src="charts/'
        f'{html.escape(p.name)}" width="480" alt="{html.escape(p.stem)}"></a>'
        f"<figcaption>{html.escape(p.stem)} (PNG, SVG)</figcaption></figure>" for p in charts)
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Reported figures: reports</title>"
        "<style>body{font-family:sans-serif;max-width:70em;margin:2em auto;padding:0 1em}"
        "figure{display:inline-block;margin:0 1em 1em 0}pre{white-space:pre-wrap}</style>"
        "</head><body><h1>Reported figures: reports</h1>"
        f"<h2>Reports</h2><ul>{''.join(rows)}</ul><h2>Charts</h2>{figures or '<p>None.</p>'}"
        "</body></html>\n"
    )
    target = out_dir / "index.html"
    tmp = out_dir / ".index.html.tmp"
    tmp.write_text(page, encoding="utf-8")
    _publish(tmp, target)
    return target


def render(out_dir: Path = REPORTS_DIR, *, reports_file: Path = REPORTS_FILE,
           raw_dir: Path = RAW_DIR, processed_dir: Path = PROCESSED_DIR,
           timeout: int | None = None, only: list[str] | None = None,
           show_code: bool = False, notebooks_dir: Path = NOTEBOOKS_DIR,
           log: Any = None, jobs: int = 1, per_article: bool = True) -> RenderResult:
    """Rebuild stale tables, render every report of ``reports_file`` (``jobs`` notebooks at
    a time; without ``per_article``, not the reports made once per article), write the
    index."""
    from analysis.series import load_tables, metrics_with_data
    from analysis.tables import read_table

    log = log or (lambda message: print(message, file=sys.stderr))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = load_tables(Path(processed_dir), Path(raw_dir))
    # Only the columns the list of reports needs: a large figures table is read in full
    # by the notebooks that show it, not here.
    article_ids = sorted(read_table(tables.processed_dir, "articles",
                                    columns=["article_id"])["article_id"])
    metrics = metrics_with_data(read_table(tables.processed_dir, "figures",
                                           columns=["metric", "as_of"]))
    specs, default_timeout = load_specs(Path(reports_file), article_ids, notebooks_dir, metrics)
    all_specs = specs
    if only:
        unknown = sorted(set(only) - {s.name for s in specs})
        if unknown:
            raise ConfigError(f"no report named {', '.join(unknown)} in {reports_file}")
        specs = [s for s in specs if s.name in only]
    if not per_article:
        specs = [s for s in specs if s.for_each != "article"]
    common = {"processed_dir": str(Path(processed_dir).resolve()),
              "raw_dir": str(Path(raw_dir).resolve())}
    kernel = kernel_name()
    result = RenderResult()
    runs = []
    for spec in specs:
        notebook_defaults = notebook_parameters(notebooks_dir / spec.notebook)
        shared = {k: v for k, v in common.items() if k in notebook_defaults}
        if "charts_dir" in notebook_defaults:
            shared["charts_dir"] = "charts"
        runs.append((spec, {"timeout": timeout or default_timeout, "kernel": kernel,
                            "common": shared, "show_code": show_code,
                            "notebooks_dir": notebooks_dir}))
    pool = ProcessPoolExecutor(max_workers=jobs) if jobs > 1 and len(runs) > 1 else None
    try:
        futures = [pool.submit(render_one, spec, out_dir, **kwargs) if pool else None
                   for spec, kwargs in runs]
        for (spec, kwargs), future in zip(runs, futures, strict=True):
            try:
                if future is None:
                    render_one(spec, out_dir, **kwargs)
                else:
                    future.result()
                result.rendered.append(spec.name)
                log(f"rendered {spec.name}")
            except Exception as exc:  # one report's failure never stops the others
                message = str(exc).strip().splitlines()
                result.failed[spec.name] = "\n".join(message[-12:]) or type(exc).__name__
                log(f"FAILED {spec.name}: {message[-1] if message else type(exc).__name__}")
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    result.charts = sorted((out_dir / "charts").glob("*.*")) if (out_dir / "charts").exists() \
        else []
    write_index(out_dir, all_specs, result)
    return result
