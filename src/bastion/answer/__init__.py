"""The answer to one question, from its plan and result rows: the narrator's sentences with
the real numbers, and the widgets (metrics, Vega-Lite charts, the table) that show them."""

from bastion.answer.formats import NarrationStyle
from bastion.answer.narrate import narrate
from bastion.answer.widgets import widgets_for

__all__ = ["NarrationStyle", "narrate", "widgets_for"]
