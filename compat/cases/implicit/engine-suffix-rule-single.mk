#| args: prog
#| setup: touch prog.sh
