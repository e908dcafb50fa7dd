# The default goal is the first target of the first rule, skipping targets starting with "." (manual 2.3).
.hidden: ; @echo hidden
first second: ; @echo $@
