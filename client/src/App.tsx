import { Route, Switch } from 'wouter';
import { HomeScreen } from './components/HomeScreen';
import { LiveAnnouncer } from './components/LiveAnnouncer';
import { RoomPage } from './components/RoomPage';

export function App() {
  return (
    <>
      <Switch>
        <Route path="/r/:roomId">{(params) => <RoomPage roomId={decodeURIComponent(params.roomId)} />}</Route>
        <Route>
          <HomeScreen />
        </Route>
      </Switch>
      <LiveAnnouncer />
    </>
  );
}
