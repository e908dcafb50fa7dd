# CRLF line endings: the CR is dropped
printf 'x = 1\r\nall:\r\n\t@echo [$(x)]\r\n' > Makefile
make; echo "exit=$?"