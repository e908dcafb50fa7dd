#| args: -l 0.0001 -j4
# -l: while a job runs, another starts only when the load average (plus the jobs just
# started) is below the limit; at 0.0001 the three recipes run one at a time.
define test
if [ ! -f test-file ]; then \
  echo >> test-file; sleep 0.3; rm -f test-file; \
else \
  echo $@ FAILED; \
fi
endef
all : ONE TWO THREE
ONE : ; @$(test)
TWO : ; @$(test)
THREE : ; @$(test)
