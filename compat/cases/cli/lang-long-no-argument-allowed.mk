# long no argument allowed
#| args: --silent=yes
all: ; @: