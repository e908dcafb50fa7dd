# long prefix
#| args: --sil
all: ; echo loud