# A prerequisite that failed silently while a -include'd makefile was remade is reported
# once a required makefile (or a goal) needs it, down the chain of failed files: the
# missing file is named as needed by the file it was needed by (the requester when it is
# needed directly), after the required include's own line.
for v in 'include bar\n-include foo\nall:\nfoo: baz\nbar: baz\nbaz: end\n' \
         'include bar\n-include foo\nall:\nfoo: end\nbar: end\n' \
         'include bar\n-include foo\nall:\nfoo: baz\nbar: baz\nbaz: end ; @:\n' \
         'include bar\n-include foo\nall:\nfoo: baz\nbar: q\nq: baz\nbaz: end\n' \
         'all: x\n-include foo\nfoo: baz\nbaz: end\nx: baz\n'; do
  printf -- "$v" > Makefile
  make; echo "rc=$?"
  make -k; echo "rc=$?"
  make -j2; echo "rc=$?"
done
