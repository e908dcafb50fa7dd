# A target-specific := value is expanded at parse time; = is expanded when the recipe runs.
Y = early
t: S := $(Y)
t: R = $(Y)
Y = late
t: ; @echo S=$(S) R=$(R)
