#| args: tool
#| setup: printf 'echo hi\n' > tool.sh
