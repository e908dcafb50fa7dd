# The first target names the default goal as written once expanded: a `$$` in it stays a
# single `$` and is not expanded again (prerequisites likewise).
cost$$x: pre$$y ; @echo 'goal [$@] from [$<]'
pre$$y: ; @echo 'built [$@]'
