# A makefile with CRLF line endings: 4.3 drops the carriage returns (value is "value", recipe runs).
printf 'V = value\r\nall:\r\n\t@echo "[$(V)]" | od -c | head -1\r\n' > Makefile
make; echo "exit=$?"
