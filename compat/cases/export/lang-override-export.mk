# override export
#| args: A=cli
override export A = o
all: ; @echo "[$$A]"