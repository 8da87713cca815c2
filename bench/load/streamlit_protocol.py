"""A Streamlit client without a browser: one session over `/_stcore/stream`, speaking the
protobuf messages of the installed `streamlit.proto` (BackMsg up, ForwardMsg down).

It keeps what the browser's frontend keeps for a session: the query string (updated by
`page_info_changed`), the page (`navigation`), the elements on screen by delta path, and
the widget values it has set, which it sends with every rerun as the frontend does.
Widgets are found by their user key (`key=` in the app), which Streamlit puts at the end
of the element id, so the client does not depend on the page's layout.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import websockets
from streamlit.elements.lib.utils import user_key_from_element_id
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.Element_pb2 import Element
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.NumberInput_pb2 import NumberInput
from streamlit.proto.WidgetStates_pb2 import WidgetState

RUN_TIMEOUT_SECONDS = 30
"""Longest wait for one run's `script_finished`; longer counts as an error."""

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
WIDGET_TYPES = frozenset({"radio", "number_input", "button"})  # what the checker uses
_FINISHED = ForwardMsg.ScriptFinishedStatus


class ProtocolError(Exception):
    """The server answered in a way a browser would show as a failure."""


@dataclass(frozen=True)
class Widget:
    """A widget on screen: its element type, full id, user key, proto and fragment."""

    kind: str
    id: str
    key: str | None
    proto: object
    fragment_id: str


@dataclass(frozen=True)
class _Shown:
    """An element on screen, the fragment that drew it and the run that drew it last."""

    element: Element
    fragment_id: str
    run: int


@dataclass
class Session:
    """One visitor's session on one page of a Streamlit app."""

    url: str
    page: str
    query_string: str = ""
    page_script_hash: str = ""
    _socket: websockets.ClientConnection | None = field(default=None, init=False, repr=False)
    _shown: dict[tuple[int, ...], _Shown] = field(default_factory=dict, init=False, repr=False)
    _values: dict[str, WidgetState] = field(default_factory=dict, init=False, repr=False)
    _run: int = field(default=0, init=False, repr=False)

    async def open(self) -> float:
        """Connect and run the page once, as a first visit does; return seconds taken."""
        parts = urlsplit(self.url)
        if parts.hostname not in LOOPBACK_HOSTS:
            raise ValueError(f"the load test talks to loopback only, not {parts.hostname}")
        self._socket = await websockets.connect(
            f"ws://{parts.netloc}/_stcore/stream",
            subprotocols=["streamlit"],
            origin=f"http://{parts.netloc}",
            max_size=None,
            open_timeout=RUN_TIMEOUT_SECONDS,
        )
        return await self._rerun(fragment_id="")

    async def close(self) -> None:
        """Close the WebSocket; the server ends the session as when a tab is closed."""
        if self._socket is not None:
            await self._socket.close()

    def widgets(self) -> list[Widget]:
        """The widgets on screen after the last run, in the order of their delta paths."""
        found = []
        for path in sorted(self._shown):
            shown = self._shown[path]
            kind = shown.element.WhichOneof("type")
            if kind in WIDGET_TYPES:
                proto = getattr(shown.element, kind)
                key = user_key_from_element_id(proto.id)
                found.append(Widget(kind, proto.id, key, proto, shown.fragment_id))
        return found

    def texts(self) -> list[str]:
        """The headings' and Markdown's text on screen after the last run."""
        return [
            getattr(shown.element, kind).body
            for shown in self._shown.values()
            if (kind := shown.element.WhichOneof("type")) in {"heading", "markdown"}
        ]

    async def answer(self, widget: Widget, value: object) -> float:
        """Set `widget` to `value` as the browser does, rerun; return seconds taken."""
        state = WidgetState(id=widget.id)
        if widget.kind == "radio":
            state.string_value = str(value)  # the option as shown (format_func applied)
        elif widget.kind == "number_input" and widget.proto.data_type == NumberInput.INT:
            state.int_value = int(value)
        elif widget.kind == "number_input":
            state.double_value = float(value)
        else:
            raise ValueError(f"use press() for a {widget.kind}")
        self._values[widget.id] = state
        return await self._rerun(fragment_id=widget.fragment_id)

    async def press(self, button: Widget) -> float:
        """Press a button: a trigger value sent with one rerun only."""
        trigger = WidgetState(id=button.id, trigger_value=True)
        return await self._rerun(fragment_id=button.fragment_id, trigger=trigger)

    async def _rerun(self, fragment_id: str, trigger: WidgetState | None = None) -> float:
        message = BackMsg()
        state = message.rerun_script
        state.query_string = self.query_string
        state.page_script_hash = self.page_script_hash
        state.page_name = "" if self.page_script_hash else self.page
        state.fragment_id = fragment_id
        on_screen = {widget.id for widget in self.widgets()}
        state.widget_states.widgets.extend(
            value for widget_id, value in self._values.items() if widget_id in on_screen
        )
        if trigger is not None:
            state.widget_states.widgets.append(trigger)
        self._run += 1
        started = time.perf_counter()
        await self._socket.send(message.SerializeToString())
        await asyncio.wait_for(self._until_finished(fragment_id), RUN_TIMEOUT_SECONDS)
        return time.perf_counter() - started

    async def _until_finished(self, fragment_id: str) -> None:
        """Read ForwardMsgs until the run (and any rerun it asked for) has finished."""
        while True:
            message = ForwardMsg.FromString(await self._socket.recv())
            kind = message.WhichOneof("type")
            if kind == "navigation":
                self.page_script_hash = message.navigation.page_script_hash
            elif kind == "page_info_changed":
                self.query_string = message.page_info_changed.query_string
            elif kind == "page_not_found":
                raise ProtocolError(f"page not found: {self.page}")
            elif kind == "session_event" and message.session_event.HasField(
                "script_compilation_exception"
            ):
                raise ProtocolError("the script did not compile")
            elif kind == "delta" and message.delta.HasField("new_element"):
                element = message.delta.new_element
                if element.WhichOneof("type") == "exception":
                    raise ProtocolError(f"exception shown: {element.exception.message}")
                path = tuple(message.metadata.delta_path)
                self._shown[path] = _Shown(element, message.delta.fragment_id, self._run)
            elif kind == "script_finished":
                status = message.script_finished
                if status == _FINISHED.FINISHED_WITH_COMPILE_ERROR:
                    raise ProtocolError("the script did not compile")
                if status == _FINISHED.FINISHED_SUCCESSFULLY:
                    self._forget_stale(lambda shown: True)
                    return
                if status == _FINISHED.FINISHED_FRAGMENT_RUN_SUCCESSFULLY:
                    self._forget_stale(lambda shown: shown.fragment_id == fragment_id)
                    return
                self._run += 1  # FINISHED_EARLY_FOR_RERUN: st.rerun() started another run

    def _forget_stale(self, in_run: Callable[[_Shown], bool]) -> None:
        """Drop what this run did not draw again, as the frontend does at the run's end."""
        self._shown = {
            path: shown
            for path, shown in self._shown.items()
            if shown.run == self._run or not in_run(shown)
        }
