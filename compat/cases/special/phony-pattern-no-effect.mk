# .PHONY with "%.t" names a literal target "%.t"; a.t is not phony and stays up to date.
#| setup: touch a.t
.PHONY: %.t
a.t: ; @echo remake a.t
