# An exported multi-line (define) variable reaches the environment with its newline.
define ML
line1
line2
endef
export ML
all:
	@printf '%s\n' "$$ML" | od -c | head -2
