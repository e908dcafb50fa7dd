# variables from the environment go back to recipes unexpanded
#| env: FOO=$(BAR)
#| env: BAR=x
all: ; @echo "[$$FOO] [$(FOO)]"
