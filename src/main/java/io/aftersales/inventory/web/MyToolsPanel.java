package io.aftersales.inventory.web;

import io.aftersales.inventory.ToolManagement;
import io.aftersales.shared.UserId;
import io.aftersales.workorder.MyJobsPanel;
import org.springframework.stereotype.Component;

/** The tools a technician holds, with a check-in button each, on their jobs page. */
@Component
class MyToolsPanel implements MyJobsPanel {

    private static final int MAX_TOOLS = 100;

    private final ToolManagement tools;

    MyToolsPanel(ToolManagement tools) {
        this.tools = tools;
    }

    @Override
    public String fragment() {
        return "inventory/panels :: my-tools";
    }

    @Override
    public Object data(UserId technicianId) {
        return tools.search(null, technicianId, false, 0, MAX_TOOLS).items();
    }
}
