#| setup: printf 'x' > noexec.sh
all:
	./noexec.sh
