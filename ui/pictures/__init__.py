"""The link chart and the timeline: content gathered on a worker, painted on screen, as PNG and as SVG."""
