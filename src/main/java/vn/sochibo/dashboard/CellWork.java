package vn.sochibo.dashboard;

import vn.sochibo.cellwork.ActivityYear;
import vn.sochibo.cellwork.MeetingYear;
import vn.sochibo.cellwork.VisitYear;
import vn.sochibo.ward.CellView;

/**
 * A Party cell's own work of a year on the dashboard: the meetings and their attendance
 * (and the tasks), the activities with distinct people and participations, the visits'
 * recommendations — the same year figures a cell's year ({@code CellYear}) is made of.
 */
public record CellWork(CellView cell, MeetingYear meetings, ActivityYear activities, VisitYear visits) {
}
